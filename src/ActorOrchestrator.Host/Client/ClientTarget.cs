namespace ActorOrchestrator.Host.Client;

/// <summary>The API server a client verb talks to, and the namespace used when a command names none.</summary>
/// <param name="NamespaceGiven">Whether the user named the namespace (-n), which a manifest's own namespace must then match.</param>
internal sealed record ClientTarget(Uri Server, string Namespace, bool NamespaceGiven);
