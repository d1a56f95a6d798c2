using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Tests.Serialization;

public sealed class DecodeErrorSpec
{
    [Fact]
    public void A_string_where_an_integer_belongs_names_field_value_and_line()
    {
        const string yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: three\n";

        var error = Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeYaml(yaml));

        var issue = Assert.Single(error.Issues);
        Assert.Equal("spec.replicas: Invalid value: \"three\": must be an integer", issue.Error.ToString());
        Assert.Equal(new SourcePosition(6, 13), issue.Position);
        Assert.Contains("Deployment in version \"apps/v1\" cannot be handled as a Deployment", error.Message);
    }

    [Fact]
    public void Every_wrongly_typed_value_is_reported_at_once()
    {
        const string json = """
            {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":"x"},
             "spec":{"containers":{"name":"a"},"hostNetwork":"yes","terminationGracePeriodSeconds":1.5,
                     "overhead":{"cpu":"lots"}}}
            """;

        var error = Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeJson(json));

        Assert.Equal(
            [
                "metadata.labels: Invalid value: \"x\": must be an object",
                "spec.containers: Invalid value: {\"name\":\"a\"}: must be a list",
                "spec.hostNetwork: Invalid value: \"yes\": must be a boolean",
                "spec.terminationGracePeriodSeconds: Invalid value: 1.5: must be an integer",
                "spec.overhead[cpu]: Invalid value: \"lots\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
            ],
            error.Issues.Select(issue => issue.Error.ToString()));
    }

    [Fact]
    public void Integers_out_of_range_and_bad_times_and_bytes_are_refused()
    {
        const string json = """
            {"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","creationTimestamp":"yesterday"},
             "data":{"k":"not base64!"}}
            """;
        const string replicas = """{"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r"},"spec":{"replicas":3000000000}}""";

        var error = Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeJson(json));
        var range = Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeJson(replicas));

        Assert.Equal(["metadata.creationTimestamp", "data[k]"], error.Issues.Select(issue => issue.Error.Field));
        Assert.Equal("spec.replicas: Invalid value: 3000000000: must be an integer between -2147483648 and 2147483647", range.Issues[0].Error.ToString());
    }

    [Fact]
    public void Malformed_YAML_names_line_and_column()
    {
        const string yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n";

        var error = Assert.Throws<ManifestSyntaxException>(() => ManifestDecoder.DecodeYaml(yaml));

        Assert.NotNull(error.Position);
        Assert.StartsWith("invalid YAML: line ", error.Message);
    }

    [Fact]
    public void Malformed_JSON_names_line_and_column()
    {
        var error = Assert.Throws<ManifestSyntaxException>(() => ManifestDecoder.DecodeJson("{\"apiVersion\": \"v1\",\n  \"kind\": }"));

        Assert.Equal(new SourcePosition(2, 11), error.Position);
        Assert.StartsWith("invalid JSON: line 2, column 11:", error.Message);
    }

    [Fact]
    public void Unknown_kind_and_missing_kind_are_told_apart()
    {
        var unknown = Assert.Throws<UnknownKindException>(() => ManifestDecoder.DecodeJson("""{"apiVersion":"v1","kind":"Gadget"}"""));
        var missing = Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeJson("""{"apiVersion":"v1"}"""));

        Assert.Equal("no matches for kind \"Gadget\" in version \"v1\"", unknown.Message);
        Assert.StartsWith("Object 'Kind' is missing in", missing.Message);
    }

    [Fact]
    public void Expected_kind_fills_a_missing_type_and_refuses_another()
    {
        var filled = ManifestDecoder.DecodeJson("""{"metadata":{"name":"x"}}""", ResourceKinds.ConfigMap);

        Assert.Equal("ConfigMap", filled.Object.Kind);
        Assert.Throws<ManifestDecodeException>(() => ManifestDecoder.DecodeJson("""{"apiVersion":"v1","kind":"Pod"}""", ResourceKinds.ConfigMap));
    }
}
