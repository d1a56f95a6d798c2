namespace ActorOrchestrator.Actors;

/// <summary>Messages put aside to be handled later. Use only from the actor's own thread.</summary>
public interface IStash
{
    int Count { get; }

    /// <summary>-1 when unbounded.</summary>
    int Capacity { get; }

    bool IsFull { get; }

    /// <summary>Puts the message being handled (with its sender) aside.</summary>
    /// <exception cref="StashOverflowException">The stash is bounded and full.</exception>
    void Stash();

    /// <summary>Puts the oldest stashed message back at the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Puts all stashed messages back at the front of the mailbox, oldest first.</summary>
    void UnstashAll();

    /// <summary>Removes and returns the stashed messages without delivering them.</summary>
    IReadOnlyList<Envelope> ClearStash();
}
