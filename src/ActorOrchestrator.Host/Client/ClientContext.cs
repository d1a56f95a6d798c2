namespace ActorOrchestrator.Host.Client;

/// <summary>What a client verb works with: the API, the target's default namespace, and where to print.</summary>
internal sealed record ClientContext(ApiClient Api, ClientTarget Target, TextWriter Output, TextWriter Error);
