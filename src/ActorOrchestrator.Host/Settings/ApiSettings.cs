using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>The <c>ao.api</c> section: where the Kubernetes API gateway listens.</summary>
internal sealed record ApiSettings(string Host, int Port)
{
    /// <param name="api">The <c>ao.api</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    public static ApiSettings From(Config api)
    {
        var host = api.GetString("host");
        if (host.Length == 0)
        {
            throw api.BadValue("host", "must name an address to listen on");
        }

        var port = api.GetInt("port");
        return port is >= 1 and <= 65535 ? new ApiSettings(host, port) : throw api.BadValue("port", "must be a TCP port from 1 to 65535");
    }
}
