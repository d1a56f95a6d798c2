namespace ActorOrchestrator.Gateway.Discovery;

/// <summary>A subresource as discovery lists it (<c>deployments/scale</c> answers an autoscaling/v1 Scale).</summary>
internal sealed record ServedSubresource(string Name, string Group, string Version, string Kind, IReadOnlyList<string> Verbs);
