namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>A port a pod takes on its node's addresses (<c>containers[].ports[].hostPort</c>).</summary>
/// <param name="Ip">The host address; <c>0.0.0.0</c> means every address.</param>
/// <param name="Protocol">TCP, UDP or SCTP.</param>
internal readonly record struct HostPort(string Ip, string Protocol, int Port)
{
    public const string AnyAddress = "0.0.0.0";

    /// <summary>Two pods cannot both take the same port and protocol on the same address, nor when either takes every address.</summary>
    public bool ConflictsWith(HostPort other) =>
        Port == other.Port
        && string.Equals(Protocol, other.Protocol, StringComparison.Ordinal)
        && (Ip == AnyAddress || other.Ip == AnyAddress || string.Equals(Ip, other.Ip, StringComparison.Ordinal));
}
