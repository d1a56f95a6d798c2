using System.Net;
using System.Net.Sockets;
using ActorOrchestrator.Api.Core;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class AgentProbesSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private AgentHarness _node = null!;

    public async Task InitializeAsync() => _node = await AgentHarness.StartAsync(output);

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task A_failing_liveness_probe_restarts_the_container_once_and_it_runs_on()
    {
        var alive = Path.Combine(_node.Work, "alive");
        var spec = AgentHarness.Shell("web", $"echo run >> {_node.Work}/runs; touch {alive}; sleep 600") with
        {
            LivenessProbe = new Probe { Exec = new ExecAction { Command = ["test", "-f", alive] }, InitialDelaySeconds = 1, PeriodSeconds = 1, TimeoutSeconds = 5, FailureThreshold = 1 },
        };
        await _node.CreatePodAsync("live", new PodSpec { Containers = [spec], TerminationGracePeriodSeconds = 1 });
        await _node.WaitForPodAsync("live", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        await WaitUntilAsync(() => File.Exists(alive));

        File.Delete(alive);

        var restarted = await _node.WaitForPodAsync("live", p => AgentHarness.Container(p) is { RestartCount: 1, State.Running: not null }, "was restarted");
        Assert.NotNull(AgentHarness.Container(restarted).LastState!.Terminated);
        Assert.Contains(_node.Events.For("live"), e => e is { Type: "Normal", Reason: "Killing" } && e.Message == "Container web failed liveness probe, will be restarted");
        Assert.Contains(_node.Events.For("live"), e => e is { Type: "Warning", Reason: "Unhealthy" } && e.Message.StartsWith("Liveness probe failed:", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(1, AgentHarness.Container(_node.Pod("live")!).RestartCount);
        Assert.Equal(2, _node.Lines("runs"));
    }

    [Fact]
    public async Task Readiness_gates_the_ready_conditions_and_follows_the_probe_both_ways()
    {
        var ready = Path.Combine(_node.Work, "ready");
        var spec = AgentHarness.Shell("web", "sleep 600") with
        {
            ReadinessProbe = new Probe { Exec = new ExecAction { Command = ["test", "-f", ready] }, PeriodSeconds = 1 },
        };
        await _node.CreatePodAsync("gated", new PodSpec { Containers = [spec] });

        var running = await _node.WaitForPodAsync("gated", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var unready = _node.Pod("gated")!;
        Assert.Equal("False", AgentHarness.Condition(unready, "Ready"));
        Assert.Equal("containers with unready status: [web]", unready.Status!.Conditions!.Single(c => c.Type == "Ready").Message);
        Assert.False(AgentHarness.Container(unready).Ready);
        Assert.Equal("Running", running.Status!.Phase);

        await File.WriteAllTextAsync(ready, "");
        await _node.WaitForPodAsync("gated", p => AgentHarness.Condition(p, "Ready") == "True" && AgentHarness.Condition(p, "ContainersReady") == "True", "became Ready");

        File.Delete(ready);
        await _node.WaitForPodAsync("gated", p => AgentHarness.Condition(p, "Ready") == "False", "became unready again");
        Assert.Equal(0, AgentHarness.Container(_node.Pod("gated")!).RestartCount);
    }

    [Fact]
    public async Task A_startup_probe_holds_started_and_ready_back_until_it_passes()
    {
        var up = Path.Combine(_node.Work, "up");
        var spec = AgentHarness.Shell("web", "sleep 600") with
        {
            StartupProbe = new Probe { Exec = new ExecAction { Command = ["test", "-f", up] }, PeriodSeconds = 1, FailureThreshold = 30 },
        };
        await _node.CreatePodAsync("slow", new PodSpec { Containers = [spec] });

        await _node.WaitForPodAsync("slow", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var starting = AgentHarness.Container(_node.Pod("slow")!);
        Assert.False(starting.Started);
        Assert.False(starting.Ready);

        await File.WriteAllTextAsync(up, "");
        var started = await _node.WaitForPodAsync("slow", p => AgentHarness.Container(p) is { Started: true, Ready: true }, "started");
        Assert.Equal("True", AgentHarness.Condition(started, "Ready"));
        Assert.Equal(0, AgentHarness.Container(started).RestartCount);
    }

    [Fact]
    public async Task Http_and_tcp_probes_reach_the_pod_over_the_network()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serving = ServeOkAsync(listener);
        var spec = AgentHarness.Shell("web", "sleep 600") with
        {
            Ports = [new ContainerPort { Name = "http", Port = port }],
            ReadinessProbe = new Probe { HttpGet = new HttpGetAction { Path = "/healthz", Port = "http" }, PeriodSeconds = 1 },
            LivenessProbe = new Probe { TcpSocket = new TcpSocketAction { Port = port }, PeriodSeconds = 1, FailureThreshold = 1 },
        };
        await _node.CreatePodAsync("networked", new PodSpec { Containers = [spec] });

        var pod = await _node.WaitForPodAsync("networked", p => AgentHarness.Condition(p, "Ready") == "True", "became Ready");

        Assert.Equal(0, AgentHarness.Container(pod).RestartCount);
        listener.Stop();
        await serving;
    }

    private static async Task ServeOkAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                var stream = client.GetStream();
                var buffer = new byte[4096];
                _ = await stream.ReadAsync(buffer);
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The listener stopped.
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + AgentHarness.Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
