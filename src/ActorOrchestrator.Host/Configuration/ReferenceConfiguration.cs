using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Configuration;

/// <summary>The defaults: hocon/reference.conf, embedded in the binary so <c>ao</c> runs from anywhere.</summary>
internal static class ReferenceConfiguration
{
    private const string ResourceName = "ActorOrchestrator.Host.reference.conf";

    public static Config Load()
    {
        using var stream = typeof(ReferenceConfiguration).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the ao binary");
        using var reader = new StreamReader(stream);
        return Config.ParseString(reader.ReadToEnd(), "reference.conf");
    }
}
