using System.Globalization;
using System.Net.Sockets;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>The httpGet and tcpSocket probes, with kubelet's success rules and failure messages.</summary>
internal static class NetworkProbes
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 10,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Succeeds on a status from 200 to 399, as kubelet does.</summary>
    public static async Task<ProbeOutcome> HttpGetAsync(HttpGetAction action, Container container, string podIP, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var port = ResolvePort(action.Port, container);
        var host = string.IsNullOrEmpty(action.Host) ? podIP : action.Host;
        var scheme = string.Equals(action.Scheme, "HTTPS", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
        var path = string.IsNullOrEmpty(action.Path) ? "/" : action.Path.StartsWith('/') ? action.Path : "/" + action.Path;
        var url = $"{scheme}://{FormatHost(host)}:{port.ToString(CultureInfo.InvariantCulture)}{path}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", "kube-probe/1.34");
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        foreach (var header in action.HttpHeaders ?? [])
        {
            if (string.Equals(header.Name, "Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = header.Value;
            }
            else if (header.Name is { Length: > 0 } name)
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, header.Value ?? "");
            }
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            return code is >= 200 and < 400 ? ProbeOutcome.Success : ProbeOutcome.Failed($"HTTP probe failed with statuscode: {code}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ProbeOutcome.Failed($"Get \"{url}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)");
        }
        catch (HttpRequestException exception)
        {
            return ProbeOutcome.Failed($"Get \"{url}\": {Describe(exception.InnerException as SocketException, host, port) ?? exception.Message}");
        }
    }

    /// <summary>Succeeds when a TCP connection opens within the timeout.</summary>
    public static async Task<ProbeOutcome> TcpSocketAsync(TcpSocketAction action, Container container, string podIP, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var port = ResolvePort(action.Port, container);
        var host = string.IsNullOrEmpty(action.Host) ? podIP : action.Host;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            return ProbeOutcome.Success;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ProbeOutcome.Failed($"dial tcp {FormatHost(host)}:{port}: i/o timeout");
        }
        catch (SocketException exception)
        {
            return ProbeOutcome.Failed(Describe(exception, host, port)!);
        }
    }

    /// <summary>A port number, or the number of the container port with that name.</summary>
    public static int ResolvePort(IntOrString? port, Container container)
    {
        if (port is not { } value)
        {
            throw new ProbeConfigurationException("the probe names no port");
        }

        if (!value.IsString)
        {
            return value.IntValue;
        }

        var named = container.Ports?.FirstOrDefault(candidate => candidate.Name == value.StringValue);
        return named?.Port
            ?? (int.TryParse(value.StringValue, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new ProbeConfigurationException($"couldn't find port: {value.StringValue} in container {container.Name}"));
    }

    private static string? Describe(SocketException? exception, string host, int port) => exception is null
        ? null
        : exception.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => $"dial tcp {FormatHost(host)}:{port}: connect: connection refused",
            SocketError.TimedOut => $"dial tcp {FormatHost(host)}:{port}: i/o timeout",
            SocketError.HostNotFound or SocketError.NoData => $"dial tcp: lookup {host}: no such host",
            _ => $"dial tcp {FormatHost(host)}:{port}: {exception.Message}",
        };

    private static string FormatHost(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
