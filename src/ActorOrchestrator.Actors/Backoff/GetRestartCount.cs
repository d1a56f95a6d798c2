namespace ActorOrchestrator.Actors;

/// <summary>Asks a <see cref="BackoffSupervisor"/> how many times it re-created its child since the last reset; answered with <see cref="RestartCount"/>.</summary>
public sealed class GetRestartCount
{
    private GetRestartCount()
    {
    }

    public static GetRestartCount Instance { get; } = new();
}
