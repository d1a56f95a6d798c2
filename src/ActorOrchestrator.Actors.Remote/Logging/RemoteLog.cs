using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>Remoting's log messages (category ActorOrchestrator.Actors.Remote); event ids are stable.</summary>
internal static partial class RemoteLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Remoting of {System} listens on {Address} (incarnation uid {Uid})")]
    public static partial void Listening(ILogger logger, string system, string address, long uid);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Remoting at {Address} stopped")]
    public static partial void Stopped(ILogger logger, string address);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Associated with {Peer} (incarnation uid {Uid}, {Direction} link)")]
    public static partial void Associated(ILogger logger, string peer, long uid, string direction);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Association with {Peer} failed: {Reason}; the address is gated for {GateSeconds} s and messages sent to it meanwhile are dropped")]
    public static partial void AssociationFailed(ILogger logger, string peer, string reason, double gateSeconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "{Count} message(s) to {Peer} were dropped while its address was gated")]
    public static partial void DroppedWhileGated(ILogger logger, long count, string peer);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Link to {Peer} lost: {Reason}; the address is gated")]
    public static partial void LinkLost(ILogger logger, string peer, string reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error, Message = "Closed the link to {Peer}: it broke the remoting protocol: {Problem}")]
    public static partial void LinkClosedOnProtocolError(ILogger logger, string peer, string problem);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Refused a link from {Peer} ({Reason}): {Detail}")]
    public static partial void InboundRefused(ILogger logger, string peer, DisassociateReason reason, string detail);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information, Message = "{Peer} shut down (incarnation uid {Uid}); its watched actors are reported terminated")]
    public static partial void PeerShutDown(ILogger logger, string peer, long uid);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "Quarantined {Peer} incarnation uid {Uid} for good: {Reason}; its watched actors are reported terminated")]
    public static partial void Quarantined(ILogger logger, string peer, long uid, string reason);

    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "{Peer} never completed a handshake and {Reason}; actors watched there are reported terminated")]
    public static partial void UnreachableBeforeHandshake(ILogger logger, string peer, string reason);

    [LoggerMessage(EventId = 111, Level = LogLevel.Error, Message = "{Peer} has quarantined this member ({Detail}); this member must restart to talk to it again")]
    public static partial void QuarantinedByPeer(ILogger logger, string peer, string detail);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Dropped a {MessageType} of {Length} bytes to {Recipient}: larger than maximum-frame-size ({Maximum} bytes)")]
    public static partial void OversizedMessageDropped(ILogger logger, string? messageType, int length, int maximum, string recipient);

    [LoggerMessage(EventId = 113, Level = LogLevel.Warning, Message = "Dropped a message from {Peer} to {Recipient}: manifest '{Manifest}' is not registered here (further drops of this manifest on this link are only counted)")]
    public static partial void UnknownManifestDropped(ILogger logger, string manifest, string peer, string recipient);

    [LoggerMessage(EventId = 114, Level = LogLevel.Warning, Message = "Dropped a {MessageType} to {Recipient}: the type has no registered manifest (further drops of this type are only counted)")]
    public static partial void UnregisteredTypeDropped(ILogger logger, string? messageType, string recipient);

    [LoggerMessage(EventId = 115, Level = LogLevel.Error, Message = "Dropped a {MessageType} to {Recipient}: serializing it failed")]
    public static partial void SerializationFailed(ILogger logger, string? messageType, string recipient, Exception exception);

    [LoggerMessage(EventId = 116, Level = LogLevel.Warning, Message = "Outbound queue to {Peer} is full ({Capacity} messages, outbound-queue-size); further messages are dropped and counted until the link is reopened")]
    public static partial void OutboundQueueFull(ILogger logger, string peer, int capacity);

    [LoggerMessage(EventId = 117, Level = LogLevel.Warning, Message = "Accepting a connection on {Address} failed: {Reason}")]
    public static partial void AcceptFailed(ILogger logger, string address, string reason);

    [LoggerMessage(EventId = 118, Level = LogLevel.Warning, Message = "Closed an inbound link from {Peer} before it was established: {Reason}")]
    public static partial void InboundFailed(ILogger logger, string peer, string reason);
}
