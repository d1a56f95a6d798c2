using System.Text;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Tests.Serialization;

public sealed class HostileInputSpec
{
    [Fact]
    public void Exponential_alias_expansion_is_refused()
    {
        var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 10; level++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10));
            yaml.Append($"    a{level}: &a{level} [{refs}]\n");
        }

        var error = Assert.Throws<ManifestSyntaxException>(() => ManifestDecoder.DecodeYaml(yaml.ToString()));

        Assert.Contains("too many nodes through aliases", error.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_in_YAML_and_JSON()
    {
        var yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: " + new string('[', 500) + new string(']', 500) + "\n";
        var json = "{\"metadata\":" + new string('[', 500) + new string(']', 500) + "}";

        Assert.Contains("nested deeper than 128", Assert.Throws<ManifestSyntaxException>(() => ManifestDecoder.DecodeYaml(yaml)).Message);
        Assert.Throws<ManifestSyntaxException>(() => ManifestDecoder.DecodeJson(json));
    }

    [Fact]
    public void Numbers_beyond_any_range_are_refused()
    {
        Assert.Throws<ManifestSyntaxException>(() => ManifestDecoder.DecodeJson("""{"apiVersion":"v1","kind":"Pod","spec":{"priority":1e400}}"""));
        Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeJson("""{"apiVersion":"v1","kind":"Pod","spec":{"priority":1e30}}"""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{\"apiVersion\": 1, \"kind\": \"Pod\"}")]
    [InlineData("{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": []}")]
    public void Documents_that_are_not_manifests_fail_with_a_format_error(string json)
    {
        Assert.ThrowsAny<FormatException>(() => ManifestDecoder.DecodeJson(json));
    }
}
