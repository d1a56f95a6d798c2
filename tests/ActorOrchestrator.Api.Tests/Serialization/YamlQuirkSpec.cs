using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Tests.Serialization;

public sealed class YamlQuirkSpec
{
    private static Pod DecodePod(string containerFields) =>
        Assert.Single(ManifestDecoder.DecodeYaml(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n" + containerFields)).As<Pod>();

    [Theory]
    [InlineData("on", "true")]
    [InlineData("yes", "true")]
    [InlineData("No", "false")]
    [InlineData("y", "true")]
    [InlineData("1.10", "1.1")]
    [InlineData("0x1F", "31")]
    [InlineData("0777", "511")]
    [InlineData("1_000", "1000")]
    [InlineData("1e6", "1e+06")]
    [InlineData("123456", "123456")]
    [InlineData("'on'", "on")]
    [InlineData("\"1.10\"", "1.10")]
    [InlineData("2026-11-22", "2026-11-22")]
    [InlineData("08", "8")]
    public void YAML_scalars_in_string_fields_read_as_sigs_k8s_io_yaml_reads_them(string scalar, string expected)
    {
        var pod = DecodePod($"    env:\n    - name: V\n      value: {scalar}\n");

        Assert.Equal(expected, pod.Spec.Containers![0].Env![0].Value);
    }

    [Fact]
    public void YAML_booleans_and_integers_bind_to_their_typed_fields()
    {
        var pod = DecodePod("    tty: yes\n    stdin: off\n    ports:\n    - containerPort: 0x50\n");

        Assert.True(pod.Spec.Containers![0].Tty);
        Assert.False(pod.Spec.Containers[0].Stdin);
        Assert.Equal(80, pod.Spec.Containers[0].Ports![0].Port);
    }

    [Fact]
    public void Numeric_and_boolean_map_keys_become_strings()
    {
        var decoded = Assert.Single(ManifestDecoder.DecodeYaml("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  1: one\n  on: two\n"));

        Assert.Equal(["1", "true"], decoded.As<ConfigMap>().Data!.Keys.Order());
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_expand()
    {
        const string yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: c
              labels: &common
                app: web
                tier: front
              annotations:
                <<: *common
                tier: back
            """;

        var configMap = Assert.Single(ManifestDecoder.DecodeYaml(yaml)).As<ConfigMap>();

        Assert.Equal("web", configMap.Metadata.Annotations!["app"]);
        Assert.Equal("back", configMap.Metadata.Annotations["tier"]);
        Assert.Equal("front", configMap.Metadata.Labels!["tier"]);
    }

    [Fact]
    public void Strings_that_YAML_would_misread_are_quoted_when_written()
    {
        var configMap = new ConfigMap
        {
            Metadata = new() { Name = "c" },
            Data = new Dictionary<string, string> { ["a"] = "on", ["b"] = "0777", ["c"] = "", ["d"] = "two\nlines\n", ["e"] = "plain" },
        };

        var yaml = ApiSerializer.ToYaml(configMap);
        var again = Assert.Single(ManifestDecoder.DecodeYaml(yaml)).As<ConfigMap>();

        Assert.Equal(configMap.Data.OrderBy(pair => pair.Key), again.Data!.OrderBy(pair => pair.Key));
        Assert.Contains("a: \"on\"", yaml);
        Assert.Contains("e: plain", yaml);
    }
}
