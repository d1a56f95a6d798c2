namespace ActorOrchestrator.Api.Tests.Support;

internal static class Manifests
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Manifests", name));

    public static IEnumerable<string> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Manifests"), "*.yaml").Select(Path.GetFileName).Order()!;
}
