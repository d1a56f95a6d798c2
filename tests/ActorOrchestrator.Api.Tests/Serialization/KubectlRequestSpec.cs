using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Tests.Serialization;

/// <summary>Request bodies as kubectl sends them (recorded in shared/kubectl/trace.txt).</summary>
public sealed class KubectlRequestSpec
{
    private const string ClientSideApplyCreate = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"annotations\":{},\"labels\":{\"app\":\"web\"},\"name\":\"web\",\"namespace\":\"default\"},\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"image\":\"nginx:1.25\",\"name\":\"nginx\",\"ports\":[{\"containerPort\":80}]}]}}}}\n"},"labels":{"app":"web"},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.25","name":"nginx","ports":[{"containerPort":80}]}]}}}}
        """;

    private const string ClientSideApplyUpdate = """
        {"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}\n"}},"spec":{"replicas":3,"template":{"spec":{"$setElementOrder/containers":[{"name":"nginx"}],"containers":[{"image":"nginx:1.26","name":"nginx"}]}}}}
        """;

    private static JsonObject Stored()
    {
        var decoded = ManifestDecoder.DecodeJson(ClientSideApplyCreate);
        var deployment = ResourceDefaults.Apply(decoded.As<Deployment>());
        ResourceValidator.EnsureValid(deployment);
        return ApiSerializer.ToJsonObject(deployment);
    }

    [Fact]
    public void Client_side_apply_create_decodes_strictly_and_validates()
    {
        var decoded = ManifestDecoder.DecodeJson(ClientSideApplyCreate);

        Assert.Empty(decoded.Enforce(FieldValidation.Strict));
        Assert.EndsWith("\n", decoded.Object.Metadata.Annotations!["kubectl.kubernetes.io/last-applied-configuration"]);
    }

    [Fact]
    public void Client_side_apply_update_patch_changes_replicas_and_image_and_keeps_the_port()
    {
        var patched = ResourcePatcher.Apply(PatchType.StrategicMergePatch, Stored(), JsonNode.Parse(ClientSideApplyUpdate), ResourceKinds.Deployment);
        var decoded = ManifestDecoder.Decode(patched, ResourceKinds.Deployment);
        var deployment = decoded.As<Deployment>();

        Assert.Empty(decoded.Enforce(FieldValidation.Strict));
        Assert.Equal(3, deployment.Spec.Replicas);
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers!);
        Assert.Equal("nginx:1.26", container.Image);
        Assert.Equal(80, Assert.Single(container.Ports!).Port);
        Assert.Equal("{}\n", deployment.Metadata.Annotations!["kubectl.kubernetes.io/last-applied-configuration"]);
    }

    [Fact]
    public void Scale_label_and_uncordon_merge_patches()
    {
        var scaled = ResourcePatcher.Apply(PatchType.MergePatch, Stored(), JsonNode.Parse("""{"spec":{"replicas":4}}"""), ResourceKinds.Deployment);
        var annotated = ResourcePatcher.Apply(PatchType.MergePatch, Stored(), JsonNode.Parse("""{"metadata":{"annotations":{"kubernetes.io/change-cause":"image-1.27"}}}"""), ResourceKinds.Deployment);

        Assert.Equal(4, ManifestDecoder.Decode(scaled).As<Deployment>().Spec.Replicas);
        Assert.Equal(2, ManifestDecoder.Decode(annotated).Object.Metadata.Annotations!.Count);
    }

    [Fact]
    public void Rollout_undo_and_csaupgrade_json_patches()
    {
        var template = ApiSerializer.ToJsonObject(ManifestDecoder.DecodeJson(ClientSideApplyCreate).As<Deployment>().Spec.Template);
        template["metadata"]!["creationTimestamp"] = null;
        var undo = new JsonArray(
            new JsonObject { ["op"] = "replace", ["path"] = "/spec/template", ["value"] = template },
            new JsonObject { ["op"] = "replace", ["path"] = "/metadata/resourceVersion", ["value"] = "229" },
            new JsonObject
            {
                ["op"] = "add",
                ["path"] = "/metadata/managedFields",
                ["value"] = JsonNode.Parse("""[{"manager":"kubectl","operation":"Apply","apiVersion":"apps/v1","time":"2026-11-22T12:28:13Z","fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:replicas":{}}}}]"""),
            });
        var stored = Stored();
        stored["metadata"]!["resourceVersion"] = "228";

        var decoded = ManifestDecoder.Decode(ResourcePatcher.Apply(PatchType.JsonPatch, stored, undo, ResourceKinds.Deployment));

        Assert.Empty(decoded.FieldProblems);
        Assert.Equal("229", decoded.Object.Metadata.ResourceVersion);
        Assert.Equal("""{"f:spec":{"f:replicas":{}}}""", Assert.Single(decoded.Object.Metadata.ManagedFields!).FieldsV1!.Value.GetRawText());
    }

    [Fact]
    public void Kubectl_1_31_create_namespace_body_decodes_strictly()
    {
        var decoded = ManifestDecoder.DecodeJson("""{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"team-a","creationTimestamp":null},"spec":{},"status":{}}""");

        Assert.Empty(decoded.Enforce(FieldValidation.Strict));
        Assert.Equal("Active", ResourceDefaults.Apply(decoded.As<Namespace>()).Status!.Phase);
    }
}
