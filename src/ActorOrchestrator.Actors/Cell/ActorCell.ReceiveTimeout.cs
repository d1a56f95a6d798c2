namespace ActorOrchestrator.Actors;

/// <summary>Receive timeout of the context.</summary>
internal sealed partial class ActorCell
{
    public TimeSpan? ReceiveTimeout => _extras?.ReceiveTimeout?.Timeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        _extras?.ReceiveTimeout?.Cancel();
        if (timeout is not { } value || value <= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan)
        {
            if (_extras is { } extras)
            {
                extras.ReceiveTimeout = null;
            }
            return;
        }
        var state = new ReceiveTimeoutState(this, value);
        Extras.ReceiveTimeout = state;
        state.Start();
    }

    /// <summary>Puts <paramref name="messages"/> back at the front of the mailbox, in order.</summary>
    internal void Prepend(IReadOnlyList<MailboxSlot> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }
        var front = Extras.Unstashed ??= new Stack<MailboxSlot>(messages.Count);
        for (var i = messages.Count - 1; i >= 0; i--)
        {
            front.Push(messages[i]);
        }
    }

    /// <summary>The message being handled, with its sender, for Stash.</summary>
    internal bool TryGetCurrentMessage(out MailboxSlot current)
    {
        current = new MailboxSlot { Message = _currentMessage, Sender = _currentSender };
        return _currentMessage is not null;
    }
}
