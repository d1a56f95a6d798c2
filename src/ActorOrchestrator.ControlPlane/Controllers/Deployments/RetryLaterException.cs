namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>Ends a deployment run that cannot go on now (a hash collision, a replica set that could not be created); it runs again after <see cref="Delay"/>.</summary>
internal sealed class RetryLaterException(TimeSpan delay, string reason) : Exception(reason)
{
    public TimeSpan Delay { get; } = delay;
}
