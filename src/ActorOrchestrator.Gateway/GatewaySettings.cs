namespace ActorOrchestrator.Gateway;

/// <summary>The <c>ao.api</c> section: where the Kubernetes API gateway listens and how it answers. Defaults equal hocon/reference.conf.</summary>
public sealed record GatewaySettings
{
    public static GatewaySettings Default { get; } = new();

    /// <summary><c>host</c>: the address to listen on (an IP address, or <c>localhost</c>).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary><c>port</c>: the TCP port to listen on; 0 picks a free one (see <see cref="GatewayHandle.Address"/>).</summary>
    public int Port { get; init; } = 6443;

    /// <summary><c>max-request-body-bytes</c>: larger request bodies are refused with 413, as Kubernetes refuses objects over 1.5 MiB.</summary>
    public long MaxRequestBodyBytes { get; init; } = 3 * 512 * 1024;

    /// <summary><c>read-after-write-timeout</c>: how long a write waits for this member's view to reach it before answering anyway.</summary>
    public TimeSpan ReadAfterWriteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>reported-version</c>: the gitVersion <c>/version</c> reports; its minor picks the kubectl the dispatcher runs.</summary>
    public string ReportedVersion { get; init; } = "v1.31.0+ao";

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public GatewaySettings Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Host), "host", "must name an address to listen on");
        Require(Port is >= 0 and <= 65535, "port", "must be a TCP port from 0 to 65535");
        Require(MaxRequestBodyBytes >= 1024, "max-request-body-bytes", "must be at least 1024");
        Require(ReadAfterWriteTimeout >= TimeSpan.Zero, "read-after-write-timeout", "must not be negative");
        Require(KubernetesVersion.TryParse(ReportedVersion, out _), "reported-version", "must read like v1.31.0 (v, major, minor, patch)");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.api.{key} {problem}.");
        }
    }
}
