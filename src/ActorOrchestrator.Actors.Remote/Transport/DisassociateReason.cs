namespace ActorOrchestrator.Actors.Remote;

/// <summary>Why a member closes a link, sent in a <see cref="FrameType.Disassociate"/> frame.</summary>
internal enum DisassociateReason : byte
{
    /// <summary>The sender's actor system is shutting down: its incarnation is gone for good.</summary>
    Shutdown = 1,

    /// <summary>The receiver's incarnation is quarantined by the sender and must restart to talk to it again.</summary>
    Quarantined = 2,

    /// <summary>Another link between the same two members was kept instead of this one.</summary>
    Duplicate = 3,

    /// <summary>The handshake was not acceptable (protocol version, system name or address).</summary>
    HandshakeRejected = 4,

    /// <summary>The receiver broke the protocol (garbled frame, oversized frame, frame before the handshake).</summary>
    ProtocolError = 5,
}
