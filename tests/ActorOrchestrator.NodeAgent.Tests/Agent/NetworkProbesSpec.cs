using System.Net;
using System.Net.Sockets;
using System.Text;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Probes;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class NetworkProbesSpec
{
    private static readonly Container Web = new() { Name = "web", Ports = [new ContainerPort { Name = "http", Port = 1 }] };

    [Fact]
    public async Task Http_probe_succeeds_below_400_and_fails_with_kubelets_message_otherwise()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serving = ServeAsync(listener, ["HTTP/1.1 204 No Content", "HTTP/1.1 503 Service Unavailable"]);
        var action = new HttpGetAction { Path = "/healthz", Port = port };

        var ok = await NetworkProbes.HttpGetAsync(action, Web, "127.0.0.1", TimeSpan.FromSeconds(5), CancellationToken.None);
        var failed = await NetworkProbes.HttpGetAsync(action, Web, "127.0.0.1", TimeSpan.FromSeconds(5), CancellationToken.None);
        await serving;

        Assert.Equal(ProbeResult.Success, ok.Result);
        Assert.Equal(ProbeResult.Failure, failed.Result);
        Assert.Equal("HTTP probe failed with statuscode: 503", failed.Message);
    }

    [Fact]
    public async Task Tcp_probe_succeeds_on_an_open_port_and_reports_a_refused_one()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var open = ((IPEndPoint)listener.LocalEndpoint).Port;
        var closed = FreePort();

        var ok = await NetworkProbes.TcpSocketAsync(new TcpSocketAction { Port = open }, Web, "127.0.0.1", TimeSpan.FromSeconds(5), CancellationToken.None);
        var refused = await NetworkProbes.TcpSocketAsync(new TcpSocketAction { Port = closed }, Web, "127.0.0.1", TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(ProbeResult.Success, ok.Result);
        Assert.Equal($"dial tcp 127.0.0.1:{closed}: connect: connection refused", refused.Message);
    }

    [Fact]
    public void A_named_port_resolves_through_the_container_ports()
    {
        Assert.Equal(1, NetworkProbes.ResolvePort("http", Web));
        Assert.Equal("couldn't find port: grpc in container web", Assert.Throws<ProbeConfigurationException>(() => NetworkProbes.ResolvePort("grpc", Web)).Message);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task ServeAsync(TcpListener listener, IReadOnlyList<string> statusLines)
    {
        foreach (var statusLine in statusLines)
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var buffer = new byte[4096];
            var request = new StringBuilder();
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer);
                if (read == 0)
                {
                    break;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{statusLine}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        }
    }
}
