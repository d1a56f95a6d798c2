using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>The sections of the configuration the host itself reads.</summary>
internal sealed record HostSettings(NodeSettings Node, ApiSettings Api)
{
    /// <exception cref="ConfigException">a value is missing, mistyped or out of range; the message names its key.</exception>
    public static HostSettings From(Config root) =>
        new(NodeSettings.From(root.GetConfig("ao.node")), ApiSettings.From(root.GetConfig("ao.api")));
}
