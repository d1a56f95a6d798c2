using ActorOrchestrator.Actors.Remote;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.remote</c> into remoting's <see cref="RemoteSettings"/>.</summary>
internal static class RemoteSection
{
    /// <param name="remote">The <c>ao.remote</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">remoting refuses a value; the message names its key.</exception>
    public static RemoteSettings From(Config remote) =>
        SettingsValidation.Checked(
            new RemoteSettings
            {
                Hostname = remote.GetString("hostname"),
                Port = remote.GetInt("port"),
                MaximumFrameSize = Bytes(remote, "maximum-frame-size"),
                ConnectionTimeout = remote.GetDuration("connection-timeout"),
                HandshakeTimeout = remote.GetDuration("handshake-timeout"),
                RetryGateClosedFor = remote.GetDuration("retry-gate-closed-for"),
                SystemMessageResendInterval = remote.GetDuration("system-message-resend-interval"),
                SystemMessageBufferSize = remote.GetInt("system-message-buffer-size"),
                SystemMessageDeliveryTimeout = remote.GetDuration("system-message-delivery-timeout"),
                OutboundQueueSize = remote.GetInt("outbound-queue-size"),
                FlushThreshold = Bytes(remote, "flush-threshold"),
                HeartbeatInterval = remote.GetDuration("failure-detector.heartbeat-interval"),
                AcceptableHeartbeatPause = remote.GetDuration("failure-detector.acceptable-heartbeat-pause"),
            },
            settings => settings.Validate());

    private static int Bytes(Config remote, string key) =>
        remote.GetBytes(key) is var bytes && bytes <= int.MaxValue ? (int)bytes : throw remote.BadValue(key, "must be below 2 GiB");
}
