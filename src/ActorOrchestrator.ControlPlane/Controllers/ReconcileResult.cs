namespace ActorOrchestrator.ControlPlane.Controllers;

/// <summary>The outcome of a controller run: done, or run again after a delay (minReadySeconds, progress deadlines).</summary>
public sealed record ReconcileResult(TimeSpan? RequeueAfter = null)
{
    public static readonly ReconcileResult Done = new();

    public static ReconcileResult After(TimeSpan delay) => new(delay);
}
