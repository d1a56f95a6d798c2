namespace ActorOrchestrator.Actors;

/// <summary>A scheduled action that can be cancelled.</summary>
public interface ICancelable
{
    bool IsCancellationRequested { get; }

    void Cancel();
}
