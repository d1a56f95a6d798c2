namespace ActorOrchestrator.Actors;

/// <summary>Asks a <see cref="BackoffSupervisor"/> for its current child; answered with <see cref="CurrentChild"/>.</summary>
public sealed class GetCurrentChild
{
    private GetCurrentChild()
    {
    }

    public static GetCurrentChild Instance { get; } = new();
}
