namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Every knob of remoting. Defaults equal the <c>ao.remote</c> section of hocon/reference.conf; the host maps
/// configuration onto this record.
/// </summary>
public sealed record RemoteSettings
{
    public static RemoteSettings Default { get; } = new();

    /// <summary>Host name or IP address this member listens on and is reached at (ao.remote.hostname).</summary>
    public string Hostname { get; init; } = "127.0.0.1";

    /// <summary>TCP port this member listens on; 0 picks a free port (ao.remote.port).</summary>
    public int Port { get; init; } = 2552;

    /// <summary>Largest frame (message with its header) sent or accepted, in bytes (ao.remote.maximum-frame-size).</summary>
    public int MaximumFrameSize { get; init; } = 128_000;

    /// <summary>Time allowed for the TCP connect of an outbound link (ao.remote.connection-timeout).</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Time allowed for the peer's handshake once connected (ao.remote.handshake-timeout).</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an address whose link failed stays gated: sends to it are dropped (ao.remote.retry-gate-closed-for).</summary>
    public TimeSpan RetryGateClosedFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Interval at which unacknowledged system messages are sent again (ao.remote.system-message-resend-interval).</summary>
    public TimeSpan SystemMessageResendInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Unacknowledged system messages kept per peer; overflow quarantines the peer (ao.remote.system-message-buffer-size).</summary>
    public int SystemMessageBufferSize { get; init; } = 20_000;

    /// <summary>
    /// Longest time a system message may stay unacknowledged before the peer incarnation is quarantined
    /// (ao.remote.system-message-delivery-timeout).
    /// </summary>
    public TimeSpan SystemMessageDeliveryTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>User messages waiting per peer to be written; more are dropped and counted (ao.remote.outbound-queue-size).</summary>
    public int OutboundQueueSize { get; init; } = 200_000;

    /// <summary>Interval of heartbeats on every link (ao.remote.failure-detector.heartbeat-interval).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Silence from a peer that is watched or has pending system messages after which its incarnation is deemed
    /// unreachable: quarantined, and its watched actors reported terminated (ao.remote.failure-detector.acceptable-heartbeat-pause).
    /// </summary>
    public TimeSpan AcceptableHeartbeatPause { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Bytes written to a link before it is flushed even though more messages wait (ao.remote.flush-threshold).</summary>
    public int FlushThreshold { get; init; } = 64 * 1024;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public RemoteSettings Validate()
    {
        Check(!string.IsNullOrWhiteSpace(Hostname), "ao.remote.hostname", "must not be empty");
        Check(Port is >= 0 and <= 65535, "ao.remote.port", $"must be 0 (any free port) or 1-65535, was {Port}");
        Check(MaximumFrameSize >= 1024, "ao.remote.maximum-frame-size", $"must be at least 1024 bytes, was {MaximumFrameSize}");
        Check(ConnectionTimeout > TimeSpan.Zero, "ao.remote.connection-timeout", $"must be positive, was {ConnectionTimeout}");
        Check(HandshakeTimeout > TimeSpan.Zero, "ao.remote.handshake-timeout", $"must be positive, was {HandshakeTimeout}");
        Check(RetryGateClosedFor >= TimeSpan.Zero, "ao.remote.retry-gate-closed-for", $"must not be negative, was {RetryGateClosedFor}");
        Check(SystemMessageResendInterval > TimeSpan.Zero, "ao.remote.system-message-resend-interval", $"must be positive, was {SystemMessageResendInterval}");
        Check(SystemMessageBufferSize > 0, "ao.remote.system-message-buffer-size", $"must be positive, was {SystemMessageBufferSize}");
        Check(SystemMessageDeliveryTimeout > TimeSpan.Zero, "ao.remote.system-message-delivery-timeout", $"must be positive, was {SystemMessageDeliveryTimeout}");
        Check(OutboundQueueSize > 0, "ao.remote.outbound-queue-size", $"must be positive, was {OutboundQueueSize}");
        Check(HeartbeatInterval > TimeSpan.Zero, "ao.remote.failure-detector.heartbeat-interval", $"must be positive, was {HeartbeatInterval}");
        Check(AcceptableHeartbeatPause > HeartbeatInterval, "ao.remote.failure-detector.acceptable-heartbeat-pause",
            $"must be longer than the heartbeat interval ({HeartbeatInterval}), was {AcceptableHeartbeatPause}");
        Check(FlushThreshold >= 1024, "ao.remote.flush-threshold", $"must be at least 1024 bytes, was {FlushThreshold}");
        return this;
    }

    private static void Check(bool valid, string key, string problem)
    {
        if (!valid)
        {
            throw new ArgumentException($"Invalid remoting setting {key}: {problem}");
        }
    }
}
