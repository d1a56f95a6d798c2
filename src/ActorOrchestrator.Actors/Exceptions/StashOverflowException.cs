namespace ActorOrchestrator.Actors;

/// <summary>Stash was called on a full bounded stash.</summary>
public sealed class StashOverflowException : InvalidOperationException
{
    public StashOverflowException(string message)
        : base(message)
    {
    }
}
