namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>The three probes a container may have.</summary>
internal enum ProbeKind
{
    Liveness,
    Readiness,
    Startup,
}
