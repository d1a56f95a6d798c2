using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class PodLogsSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private AgentHarness _node = null!;

    public async Task InitializeAsync() => _node = await AgentHarness.StartAsync(output);

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task Tail_limit_and_timestamps_read_the_running_container()
    {
        await _node.CreatePodAsync("talker", new PodSpec { Containers = [AgentHarness.Shell("web", "for i in 1 2 3 4 5; do echo line$i; done; sleep 600")] });
        await _node.WaitForPodAsync("talker", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        var all = await WaitForLogAsync(new PodLogRequest("default", "talker"), "line5\n");

        Assert.Equal("line1\nline2\nline3\nline4\nline5\n", all);
        Assert.Equal("line4\nline5\n", await _node.ReadLogAsync(new PodLogRequest("default", "talker") { TailLines = 2 }));
        Assert.Equal("line1\nli", await _node.ReadLogAsync(new PodLogRequest("default", "talker") { LimitBytes = 8 }));
        var stamped = await _node.ReadLogAsync(new PodLogRequest("default", "talker") { TailLines = 1, Timestamps = true });
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z line5\n$", stamped);
    }

    [Fact]
    public async Task Previous_reads_the_instance_before_a_crash()
    {
        var marker = Path.Combine(_node.Work, "first-done");
        var script = $"if [ ! -f {marker} ]; then touch {marker}; echo first; exit 1; fi; echo second; sleep 600";
        await _node.CreatePodAsync("phoenix", new PodSpec { Containers = [AgentHarness.Shell("web", script)] });
        await _node.WaitForPodAsync("phoenix", p => AgentHarness.Container(p) is { RestartCount: 1, State.Running: not null }, "restarted");

        Assert.Equal("first\n", await _node.ReadLogAsync(new PodLogRequest("default", "phoenix") { Previous = true }));
        Assert.Equal("second\n", await WaitForLogAsync(new PodLogRequest("default", "phoenix"), "second\n"));
    }

    [Fact]
    public async Task Follow_streams_until_the_container_exits()
    {
        var go = Path.Combine(_node.Work, "go");
        var script = $"echo begin; while [ ! -f {go} ]; do sleep 0.05; done; echo end";
        await _node.CreatePodAsync("streamer", new PodSpec { RestartPolicy = "Never", Containers = [AgentHarness.Shell("web", script)] });
        await _node.WaitForPodAsync("streamer", p => AgentHarness.Container(p).State?.Running is not null, "ran");

        var following = _node.ReadLogAsync(new PodLogRequest("default", "streamer") { Follow = true });
        await Task.Delay(300);
        Assert.False(following.IsCompleted);
        await File.WriteAllTextAsync(go, "");

        Assert.Equal("begin\nend\n", await following.WaitAsync(AgentHarness.Patience));
    }

    [Fact]
    public async Task Errors_say_what_kubernetes_says()
    {
        var pair = new PodSpec { Containers = [AgentHarness.Shell("a", "sleep 600"), AgentHarness.Shell("b", "sleep 600")] };
        await _node.CreatePodAsync("pair", pair);
        var unconfigured = AgentHarness.Shell("web", "sleep 600") with
        {
            Env = [new EnvVar { Name = "X", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = "absent", Key = "x" } } }],
        };
        await _node.CreatePodAsync("stuck", new PodSpec { Containers = [unconfigured] });
        await _node.WaitForPodAsync("stuck", p => p.Status?.ContainerStatuses?.FirstOrDefault()?.State?.Waiting?.Reason == "CreateContainerConfigError", "waited");

        var noName = await Assert.ThrowsAsync<StatusException>(() => _node.ReadLogAsync(new PodLogRequest("default", "pair")));
        var unknownContainer = await Assert.ThrowsAsync<StatusException>(() => _node.ReadLogAsync(new PodLogRequest("default", "pair") { Container = "c" }));
        var unknownPod = await Assert.ThrowsAsync<StatusException>(() => _node.ReadLogAsync(new PodLogRequest("default", "nobody")));
        var waiting = await Assert.ThrowsAsync<StatusException>(() => _node.ReadLogAsync(new PodLogRequest("default", "stuck")));
        var noPrevious = await Assert.ThrowsAsync<StatusException>(() => _node.ReadLogAsync(new PodLogRequest("default", "pair") { Container = "a", Previous = true }));
        var created = await _node.Client.CreateAsync(
            new Pod { Metadata = new ObjectMeta { Name = "unscheduled", Namespace = "default" }, Spec = new PodSpec { Containers = [AgentHarness.Shell("web", "sleep 600")] } },
            WriteOptions.Default,
            CancellationToken.None);
        await _node.View.WaitForResourceVersionAsync(long.Parse(created.Metadata.ResourceVersion!, System.Globalization.CultureInfo.InvariantCulture), AgentHarness.Patience, CancellationToken.None);
        var unscheduled = await Assert.ThrowsAsync<StatusException>(() => _node.ReadLogAsync(new PodLogRequest("default", "unscheduled")));

        Assert.Equal((400, "a container name must be specified for pod pair, choose one of: [a b]"), (noName.Code, noName.Message));
        Assert.Equal((404, "container c is not valid for pod pair"), (unknownContainer.Code, unknownContainer.Message));
        Assert.Equal((404, "pods \"nobody\" not found"), (unknownPod.Code, unknownPod.Message));
        Assert.Equal((400, "container \"web\" in pod \"stuck\" is waiting to start: CreateContainerConfigError"), (waiting.Code, waiting.Message));
        Assert.Equal((400, "previous terminated container \"a\" in pod \"pair\" not found"), (noPrevious.Code, noPrevious.Message));
        Assert.Equal((400, "pod unscheduled does not have a host assigned"), (unscheduled.Code, unscheduled.Message));
    }

    private async Task<string> WaitForLogAsync(PodLogRequest request, string ending)
    {
        var deadline = DateTime.UtcNow + AgentHarness.Patience;
        var text = "";
        while (DateTime.UtcNow < deadline)
        {
            text = await _node.ReadLogAsync(request);
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"the log never ended with {ending.Trim()}: {text}");
        return text;
    }
}
