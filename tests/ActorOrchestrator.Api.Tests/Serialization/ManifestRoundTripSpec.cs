using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Tests.Support;

namespace ActorOrchestrator.Api.Tests.Serialization;

public sealed class ManifestRoundTripSpec
{
    public static TheoryData<string> ManifestFiles() => [.. Manifests.All()];

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Every_manifest_decodes_without_unknown_or_duplicate_fields(string file)
    {
        var decoded = ManifestDecoder.DecodeYaml(Manifests.Read(file));

        Assert.NotEmpty(decoded);
        Assert.All(decoded, document => Assert.Empty(document.Enforce(FieldValidation.Strict)));
    }

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Every_field_a_manifest_sets_reads_back_from_JSON(string file)
    {
        var originals = ManifestDecoder.Parse(Manifests.Read(file));
        var decoded = ManifestDecoder.DecodeYaml(Manifests.Read(file));

        for (var index = 0; index < decoded.Count; index++)
        {
            var written = ApiSerializer.ToJsonObject(decoded[index].Object);
            JsonAssert.ContainsEveryField(originals[index].Root, written);
        }
    }

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void Every_manifest_survives_YAML_encoding_and_decoding(string file)
    {
        foreach (var document in ManifestDecoder.DecodeYaml(Manifests.Read(file)))
        {
            var yaml = ApiSerializer.ToYaml(document.Object);
            var again = Assert.Single(ManifestDecoder.DecodeYaml(yaml));

            Assert.Empty(again.FieldProblems);
            Assert.Equal(ApiSerializer.ToJson(document.Object), ApiSerializer.ToJson(again.Object));
        }
    }

    [Fact]
    public void Multi_document_stream_yields_each_kind_in_order_and_skips_empty_documents()
    {
        var decoded = ManifestDecoder.DecodeYaml("---\n# nothing here\n---\n" + Manifests.Read("config.yaml") + "\n---\n");

        Assert.Equal(["Namespace", "ConfigMap", "Secret"], decoded.Select(document => document.Kind.Kind));
        Assert.Equal(1, decoded[0].DocumentIndex);
    }
}
