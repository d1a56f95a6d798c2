using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Tests.Support;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Tests.Validation;

public sealed class ManifestValidationSpec
{
    public static TheoryData<string> ManifestFiles() => [.. Manifests.All()];

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Every_manifest_is_valid_after_defaults(string file)
    {
        foreach (var document in ManifestDecoder.DecodeYaml(Manifests.Read(file)))
        {
            var resource = ResourceDefaults.Apply(document.Object);
            if (string.IsNullOrEmpty(resource.Metadata.Namespace) && document.Kind.Namespaced)
            {
                resource = WithNamespace(resource);
            }

            Assert.Empty(ResourceValidator.Validate(resource).Select(error => error.ToString()));
        }
    }

    private static Meta.IKubernetesObject WithNamespace(Meta.IKubernetesObject resource)
    {
        var json = ApiSerializer.ToJsonObject(resource);
        json["metadata"]!["namespace"] = "default";
        return ManifestDecoder.Decode(json).Object;
    }
}
