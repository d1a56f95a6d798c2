namespace ActorOrchestrator.Actors.Remote;

/// <summary>First byte of every frame after its length prefix.</summary>
internal enum FrameType : byte
{
    /// <summary>Protocol magic and version, the sender's UID, system name and address; the first frame each way.</summary>
    Handshake = 1,

    /// <summary>The sender closes the link, with a reason.</summary>
    Disassociate = 2,

    /// <summary>A user message: recipient, sender, manifest, JSON payload.</summary>
    User = 3,

    /// <summary>A sequenced system message (watch, unwatch, death notification) that the peer acknowledges.</summary>
    System = 4,

    /// <summary>Cumulative acknowledgement of system messages.</summary>
    Ack = 5,

    /// <summary>Keeps the link and the peer's failure detector alive.</summary>
    Heartbeat = 6,
}
