namespace ActorOrchestrator.Actors;

/// <summary>The <see cref="IStash"/> of one cell.</summary>
internal sealed class ActorStash(ActorCell cell, int capacity) : IStash
{
    private readonly List<MailboxSlot> _stashed = [];

    public int Count => _stashed.Count;

    public int Capacity => capacity;

    public bool IsFull => capacity >= 0 && _stashed.Count >= capacity;

    public void Stash()
    {
        if (!cell.TryGetCurrentMessage(out var current))
        {
            throw new InvalidOperationException($"Stash() on {cell.Path} can only be called while handling a message");
        }
        if (IsFull)
        {
            throw new StashOverflowException($"Stash of {cell.Path} is full ({capacity} messages); cannot stash {current.Message!.GetType().Name}");
        }
        _stashed.Add(current);
    }

    public void Unstash()
    {
        if (_stashed.Count == 0)
        {
            return;
        }
        var first = _stashed[0];
        _stashed.RemoveAt(0);
        cell.Prepend([first]);
    }

    public void UnstashAll()
    {
        cell.Prepend(_stashed);
        _stashed.Clear();
    }

    public IReadOnlyList<Envelope> ClearStash()
    {
        var deadLetters = cell.System.DeadLetters;
        var cleared = _stashed.Select(slot => new Envelope(slot.Message!, slot.Sender ?? deadLetters)).ToArray();
        _stashed.Clear();
        return cleared;
    }

    /// <summary>On restart: back to the front of the mailbox, in order.</summary>
    public void ReturnAllToMailbox() => UnstashAll();
}
