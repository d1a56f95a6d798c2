namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>The outcome of one probe, or a container's probe state.</summary>
internal enum ProbeResult
{
    Unknown,
    Success,
    Failure,
}
