using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Tests.Support;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Tests.Validation;

public sealed class UnactedFieldsSpec
{
    [Theory]
    [InlineData("web-deployment.yaml")]
    [InlineData("scheduling.yaml")]
    [InlineData("sidecar-pod.yaml")]
    [InlineData("config.yaml")]
    public void The_shared_manifests_set_only_fields_the_product_acts_on(string file)
    {
        foreach (var document in ManifestDecoder.DecodeYaml(Manifests.Read(file)))
        {
            Assert.Empty(UnactedFields.Find(document.Json, document.Kind));
        }
    }

    [Fact]
    public void Unacted_fields_are_named_at_their_highest_uncovered_path()
    {
        var document = Assert.Single(ManifestDecoder.DecodeYaml("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  affinity:
                    nodeAffinity: {}
                  containers:
                  - name: web
                    image: nginx
                    securityContext:
                      runAsUser: 1000
                    env:
                    - name: A
                      valueFrom:
                        fieldRef: {fieldPath: metadata.name}
                    livenessProbe:
                      grpc: {port: 80}
                      periodSeconds: 3
            """));

        var unacted = UnactedFields.Find(document.Json, document.Kind);

        Assert.Equal(
            [
                "spec.template.spec.affinity",
                "spec.template.spec.containers[0].securityContext",
                "spec.template.spec.containers[0].env[0].valueFrom",
                "spec.template.spec.containers[0].livenessProbe.grpc",
            ],
            unacted);
        Assert.Equal("spec.template.spec.affinity: stored, but not acted on by this server yet", UnactedFields.Warning(unacted[0]));
    }
}
