namespace ActorOrchestrator.Host.Configuration;

/// <summary>What the user gave to configure a run: files, the environment, and <c>--set key=value</c> options.</summary>
internal sealed record ConfigurationSources(
    IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Settings)
{
    public static IReadOnlyDictionary<string, string> ProcessEnvironment() =>
        System.Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "", StringComparer.Ordinal);
}
