namespace ActorOrchestrator.NodeAgent.Agent.Restarts;

/// <summary>One step of a container's back-off.</summary>
/// <param name="Wait">How long after the container finished it may start again (zero: at once).</param>
/// <param name="Next">The container's back-off after this restart.</param>
internal sealed record BackOffStep(TimeSpan Wait, TimeSpan Next);
