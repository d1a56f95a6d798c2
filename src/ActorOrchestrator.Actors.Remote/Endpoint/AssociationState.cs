namespace ActorOrchestrator.Actors.Remote;

/// <summary>Where the link to one peer address stands.</summary>
internal enum AssociationState
{
    /// <summary>No link; the next send opens one.</summary>
    Idle,

    /// <summary>This member is connecting and handshaking; sends are queued.</summary>
    Connecting,

    /// <summary>The peer kept its own link instead of ours and is expected to connect; sends are queued.</summary>
    WaitingForPeer,

    /// <summary>A link is up; sends are queued and written.</summary>
    Active,

    /// <summary>The last link failed; sends are dropped until the gate opens.</summary>
    Gated,

    /// <summary>Remoting has shut down; sends are dropped.</summary>
    ShutDown,
}
