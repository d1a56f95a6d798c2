namespace ActorOrchestrator.Actors;

/// <summary>State most actors never need, allocated on first use so idle actors stay small.</summary>
internal sealed class CellExtras
{
    /// <summary>Behaviour stack; empty means the actor's own Receive.</summary>
    public Stack<Receive>? Behaviours;

    /// <summary>Actors this one watches, with the custom message of WatchWith (or null for Terminated).</summary>
    public Dictionary<InternalActorRef, object?>? Watching;

    /// <summary>Actors whose Terminated was enqueued but not yet handled (Unwatch removes them, dropping it).</summary>
    public Dictionary<InternalActorRef, object?>? TerminatedQueued;

    /// <summary>Refs to tell when this actor stops.</summary>
    public HashSet<InternalActorRef>? WatchedBy;

    /// <summary>Messages put back in front of the mailbox (top is next).</summary>
    public Stack<MailboxSlot>? Unstashed;

    public ActorStash? Stash;

    public TimerScheduler? Timers;

    public ReceiveTimeoutState? ReceiveTimeout;

    /// <summary>The message whose handling failed, given to PreRestart.</summary>
    public object? FailedMessage;

    /// <summary>Cause of the restart waiting for stopping children.</summary>
    public Exception? RecreateCause;

    /// <summary>Sender of the message whose asynchronous handler is running.</summary>
    public IActorRef? AsyncSender;

    public object? AsyncMessage;
}
