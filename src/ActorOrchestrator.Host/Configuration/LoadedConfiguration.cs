using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Configuration;

/// <summary>The resolved configuration of a run, and what the user should be warned about.</summary>
internal sealed record LoadedConfiguration(Config Config, IReadOnlyList<string> Warnings);
