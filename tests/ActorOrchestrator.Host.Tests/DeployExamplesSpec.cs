using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Host.Tests;

public sealed class DeployExamplesSpec
{
    private static string ExamplesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var examples = Path.Combine(directory.FullName, "deploy", "examples");
            if (Directory.Exists(examples))
            {
                return examples;
            }
        }
        throw new DirectoryNotFoundException($"no deploy/examples above {AppContext.BaseDirectory}");
    }

    public static TheoryData<string> Examples() => [.. Directory.EnumerateFiles(ExamplesDirectory(), "*.yaml").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_manifest_decodes_under_strict_validation_and_runs_only_commands_a_fresh_debian_has(string file)
    {
        var text = File.ReadAllText(Path.Combine(ExamplesDirectory(), file));
        var documents = ManifestDecoder.DecodeYaml(text);

        Assert.NotEmpty(documents);
        Assert.All(documents, document => Assert.Empty(document.Enforce(FieldValidation.Strict)));
        var programs = ManifestDecoder.Parse(text)
            .SelectMany(document => Containers(document.Root))
            .Select(container => (string?)container["command"]?[0])
            .ToList();
        Assert.NotEmpty(programs);
        Assert.All(programs, program => Assert.True(
            program is not null && OnPath(program), $"{file}: the container command {program ?? "(none)"} is not on this machine's PATH"));
    }

    private static IEnumerable<JsonObject> Containers(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(entry => entry.Key == "containers" && entry.Value is JsonArray list
            ? list.OfType<JsonObject>()
            : Containers(entry.Value)),
        JsonArray array => array.SelectMany(Containers),
        _ => [],
    };

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(directory => File.Exists(Path.Combine(directory, program)));
}
