namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>One probe's result and, for a failure, kubelet's words for it (shown in the Unhealthy event).</summary>
internal sealed record ProbeOutcome(ProbeResult Result, string Message)
{
    public static ProbeOutcome Success { get; } = new(ProbeResult.Success, "");

    public static ProbeOutcome Failed(string message) => new(ProbeResult.Failure, message);
}
