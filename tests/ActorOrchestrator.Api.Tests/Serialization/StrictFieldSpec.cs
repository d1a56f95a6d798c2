using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Tests.Serialization;

public sealed class StrictFieldSpec
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          colour: blue
        spec:
          replicaz: 3
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx
                imagePullPolycy: Always
                ports:
                - containerPort: 80
                  protocl: TCP
        """;

    [Fact]
    public void Every_unknown_field_is_named_by_its_full_path()
    {
        var decoded = Assert.Single(ManifestDecoder.DecodeYaml(Deployment));

        Assert.Equal(
            ["metadata.colour", "spec.replicaz", "spec.template.spec.containers[0].imagePullPolycy", "spec.template.spec.containers[0].ports[0].protocl"],
            decoded.UnknownFields);
    }

    [Fact]
    public void Strict_mode_rejects_with_the_Kubernetes_message()
    {
        var decoded = Assert.Single(ManifestDecoder.DecodeYaml(Deployment));

        var error = Assert.Throws<StrictDecodingException>(() => decoded.Enforce(FieldValidation.Strict));
        Assert.StartsWith("strict decoding error: unknown field \"metadata.colour\", unknown field \"spec.replicaz\"", error.Message);
    }

    [Fact]
    public void Warn_mode_returns_one_warning_per_field_and_Ignore_none()
    {
        var decoded = Assert.Single(ManifestDecoder.DecodeYaml(Deployment));

        Assert.Contains("unknown field \"spec.template.spec.containers[0].imagePullPolycy\"", decoded.Enforce(FieldValidation.Warn));
        Assert.Empty(decoded.Enforce(FieldValidation.Ignore));
        Assert.False(decoded.Json["spec"]!.AsObject().ContainsKey("replicaz"));
    }

    [Fact]
    public void Field_names_are_case_sensitive()
    {
        var decoded = ManifestDecoder.DecodeJson("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"Name":"x"}}""");

        Assert.Equal(["metadata.Name"], decoded.UnknownFields);
        Assert.Null(decoded.Object.Metadata.Name);
    }

    [Fact]
    public void Duplicate_keys_keep_the_last_value_and_are_reported()
    {
        var json = ManifestDecoder.DecodeJson("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","name":"b"}}""");
        var yaml = Assert.Single(ManifestDecoder.DecodeYaml("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n"));

        Assert.Equal("b", json.Object.Metadata.Name);
        Assert.Equal(["duplicate field \"metadata.name\""], json.FieldProblems);
        Assert.Equal(["duplicate field \"metadata.name\""], yaml.FieldProblems);
    }

    [Fact]
    public void Free_form_maps_accept_any_key()
    {
        var decoded = Assert.Single(ManifestDecoder.DecodeYaml(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    anything.example.com/goes: here\ndata:\n  whatever: x\n"));

        Assert.Empty(decoded.FieldProblems);
    }

    [Theory]
    [InlineData(null, FieldValidation.Warn)]
    [InlineData("Strict", FieldValidation.Strict)]
    [InlineData("Ignore", FieldValidation.Ignore)]
    [InlineData("Warn", FieldValidation.Warn)]
    public void The_fieldValidation_parameter_defaults_to_Warn(string? value, FieldValidation mode)
    {
        Assert.Equal(mode, FieldValidations.Parse(value));
        Assert.Throws<FormatException>(() => FieldValidations.Parse("strict"));
    }
}
