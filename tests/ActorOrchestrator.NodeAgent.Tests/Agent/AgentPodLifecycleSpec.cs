using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.ReadModel;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class AgentPodLifecycleSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private AgentHarness _node = null!;

    /// <summary>No resync within a test: every reaction here comes from a watch event, an exit or a timer.</summary>
    public async Task InitializeAsync() => _node = await AgentHarness.StartAsync(output, settings => settings with { PodResyncInterval = TimeSpan.FromMinutes(5) });

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task A_pod_runs_with_kubernetes_env_and_reaches_running_and_ready_and_the_node_registers_ready()
    {
        await _node.Client.CreateAsync(
            new ConfigMap { Metadata = new ObjectMeta { Name = "settings", Namespace = "default" }, Data = new Dictionary<string, string> { ["color"] = "blue" } },
            WriteOptions.Default, CancellationToken.None);
        var spec = AgentHarness.Shell("web", $"echo \"$HOSTNAME $MY_NODE $COLOR $MY_IP\" > {_node.Work}/env; sleep 600") with
        {
            Env =
            [
                new EnvVar { Name = "MY_NODE", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "spec.nodeName" } } },
                new EnvVar { Name = "MY_IP", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "status.podIP" } } },
                new EnvVar { Name = "COLOR", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "settings", Key = "color" } } },
            ],
        };
        await _node.CreatePodAsync("web-abc", new PodSpec { Containers = [spec] });

        var pod = await _node.WaitForPodAsync("web-abc", p => AgentHarness.Condition(p, "Ready") == "True", "became Ready");

        Assert.Equal("Running", pod.Status!.Phase);
        Assert.Equal("127.0.0.1", pod.Status.PodIP);
        Assert.Equal("127.0.0.1", pod.Status.HostIP);
        Assert.NotNull(pod.Status.StartTime);
        var web = AgentHarness.Container(pod);
        Assert.StartsWith("process://", web.ContainerID);
        Assert.True(web.Ready);
        Assert.True(web.Started);
        Assert.Equal(0, web.RestartCount);
        Assert.NotNull(web.State!.Running);
        Assert.Equal("True", AgentHarness.Condition(pod, "ContainersReady"));
        Assert.Equal("True", AgentHarness.Condition(pod, "Initialized"));
        await WaitForFileAsync("env");
        Assert.Equal("web-abc node-1 blue 127.0.0.1", File.ReadAllText(Path.Combine(_node.Work, "env")).Trim());
        Assert.Equal(
            ["Pulled", "Created", "Started"],
            _node.Events.For("web-abc").Select(e => e.Reason));
        Assert.Equal("Container image \"busybox\" already present on machine", _node.Events.For("web-abc")[0].Message);

        var node = _node.View.Get(ResourceKinds.Node, null, AgentHarness.NodeName)?.ToObject<Node>();
        Assert.NotNull(node);
        Assert.Equal("True", node.Status!.Conditions!.Single(c => c.Type == "Ready").Status);
        Assert.Equal("node-1", node.Metadata.Labels!["kubernetes.io/hostname"]);
    }

    [Fact]
    public async Task Init_containers_run_in_order_before_the_app_containers()
    {
        var spec = new PodSpec
        {
            InitContainers =
            [
                AgentHarness.Shell("first", $"echo first >> {_node.Work}/order"),
                AgentHarness.Shell("second", $"echo second >> {_node.Work}/order"),
            ],
            Containers = [AgentHarness.Shell("web", $"echo web >> {_node.Work}/order; sleep 600")],
        };
        await _node.CreatePodAsync("ordered", spec);

        var pod = await _node.WaitForPodAsync("ordered", p => p.Status?.Phase == "Running" && AgentHarness.Container(p).State?.Running is not null, "ran its app container");

        Assert.Equal(["first", "second", "web"], File.ReadAllLines(Path.Combine(_node.Work, "order")));
        Assert.All(pod.Status!.InitContainerStatuses!, init => Assert.Equal("Completed", init.State!.Terminated!.Reason));
        Assert.Equal("True", AgentHarness.Condition(pod, "Initialized"));
    }

    [Fact]
    public async Task A_crashing_container_backs_off_longer_each_time_in_crash_loop_back_off()
    {
        var watch = _node.View.Watch(new WatchRequest(ResourceKinds.Pod)
        {
            FieldSelector = FieldMatcher.Parse("metadata.name=crash", ResourceKinds.Pod),
            ResourceVersion = _node.View.ResourceVersion,
        });
        var pod = await _node.CreatePodAsync("crash", new PodSpec { Containers = [AgentHarness.Shell("web", "echo crashing; exit 3")] });
        var uid = pod.Metadata.Uid;
        var messages = new List<string>();

        using (var patience = new CancellationTokenSource(AgentHarness.Patience))
        {
            await foreach (var change in watch.WithCancellation(patience.Token))
            {
                var waiting = change.Object?.ToObject<Pod>().Status?.ContainerStatuses?.FirstOrDefault()?.State?.Waiting;
                if (waiting is { Reason: "CrashLoopBackOff", Message: { } message } && !messages.Contains(message))
                {
                    messages.Add(message);
                }

                if (messages.Count == 3)
                {
                    break;
                }
            }
        }

        Assert.Equal(
            [
                $"back-off 200ms restarting failed container=web pod=crash_default({uid})",
                $"back-off 400ms restarting failed container=web pod=crash_default({uid})",
                $"back-off 800ms restarting failed container=web pod=crash_default({uid})",
            ],
            messages);
        var crashed = AgentHarness.Container(_node.Pod("crash")!);
        Assert.True(crashed.RestartCount >= 3, $"restartCount {crashed.RestartCount}");
        Assert.Equal(3, crashed.LastState!.Terminated!.ExitCode);
        Assert.Equal("Error", crashed.LastState.Terminated.Reason);
        Assert.Equal("Running", _node.Pod("crash")!.Status!.Phase);
        Assert.Contains(_node.Events.For("crash"), e => e is { Type: "Warning", Reason: "BackOff" } && e.Message == $"Back-off restarting failed container web in pod crash_default({uid})");
    }

    [Fact]
    public async Task On_failure_restarts_only_failures_and_never_restarts_nothing()
    {
        await _node.CreatePodAsync("job-ok", new PodSpec { RestartPolicy = "OnFailure", Containers = [AgentHarness.Shell("web", "exit 0")] });
        await _node.CreatePodAsync("job-retry", new PodSpec { RestartPolicy = "OnFailure", Containers = [AgentHarness.Shell("web", $"echo try >> {_node.Work}/tries; [ $(wc -l < {_node.Work}/tries) -ge 2 ]")] });
        await _node.CreatePodAsync("once", new PodSpec { RestartPolicy = "Never", Containers = [AgentHarness.Shell("web", "exit 2")] });

        var ok = await _node.WaitForPodAsync("job-ok", p => p.Status?.Phase == "Succeeded", "succeeded");
        var retried = await _node.WaitForPodAsync("job-retry", p => p.Status?.Phase == "Succeeded", "succeeded after a retry");
        var once = await _node.WaitForPodAsync("once", p => p.Status?.Phase == "Failed", "failed");

        Assert.Equal(0, AgentHarness.Container(ok).RestartCount);
        Assert.Equal("Completed", AgentHarness.Container(ok).State!.Terminated!.Reason);
        Assert.Equal(1, AgentHarness.Container(retried).RestartCount);
        Assert.Equal(1, AgentHarness.Container(retried).LastState!.Terminated!.ExitCode);
        Assert.Equal(0, AgentHarness.Container(once).RestartCount);
        Assert.Equal(2, AgentHarness.Container(once).State!.Terminated!.ExitCode);
        Assert.Equal("PodCompleted", once.Status!.Conditions!.Single(c => c.Type == "Ready").Reason);
    }

    [Fact]
    public async Task A_missing_binary_waits_with_run_container_error_while_the_node_runs_other_pods()
    {
        await _node.CreatePodAsync("broken", new PodSpec { Containers = [new Container { Name = "web", Image = "busybox", Command = ["no-such-binary-here"] }] });
        await _node.CreatePodAsync("fine", new PodSpec { Containers = [AgentHarness.Shell("web", "sleep 600")] });

        var broken = await _node.WaitForPodAsync("broken", p => p.Status?.ContainerStatuses?.FirstOrDefault()?.State?.Waiting?.Reason == "RunContainerError", "waited with RunContainerError");
        await _node.WaitForPodAsync("fine", p => p.Status?.Phase == "Running" && AgentHarness.Condition(p, "Ready") == "True", "ran beside it");

        Assert.Contains("no-such-binary-here", AgentHarness.Container(broken).State!.Waiting!.Message);
        Assert.Contains(_node.Events.For("broken"), e => e.Type == "Warning" && e.Reason == "Failed" && e.Message.Contains("no-such-binary-here", StringComparison.Ordinal));
        var failedStart = await _node.WaitForPodAsync("broken", p => AgentHarness.Container(p).LastState?.Terminated is not null, "recorded the failed start");
        Assert.Equal("StartError", AgentHarness.Container(failedStart).LastState!.Terminated!.Reason);
        Assert.Equal(128, AgentHarness.Container(failedStart).LastState!.Terminated!.ExitCode);
    }

    [Fact]
    public async Task A_missing_config_map_waits_with_create_container_config_error()
    {
        var spec = AgentHarness.Shell("web", "sleep 600") with
        {
            Env = [new EnvVar { Name = "X", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "absent", Key = "x" } } }],
        };
        await _node.CreatePodAsync("unconfigured", new PodSpec { Containers = [spec] });

        var pod = await _node.WaitForPodAsync("unconfigured", p => p.Status?.ContainerStatuses?.FirstOrDefault()?.State?.Waiting?.Reason == "CreateContainerConfigError", "waited for its config");

        Assert.Equal("configmap \"absent\" not found", AgentHarness.Container(pod).State!.Waiting!.Message);
        Assert.Equal("Pending", pod.Status!.Phase);
    }

    [Fact]
    public async Task A_container_removed_behind_the_agents_back_is_started_again()
    {
        await _node.CreatePodAsync("fragile", new PodSpec { Containers = [AgentHarness.Shell("web", "sleep 600")] });
        var running = await _node.WaitForPodAsync("fragile", p => AgentHarness.Container(p).State?.Running is not null, "ran");
        var containerId = AgentHarness.Container(running).ContainerID!["process://".Length..];

        await _node.Runtime!.RemoveContainerAsync(containerId);

        var restarted = await _node.WaitForPodAsync("fragile", p => AgentHarness.Container(p) is { RestartCount: 1, State.Running: not null }, "was started again");
        Assert.Equal($"process://{containerId}", AgentHarness.Container(restarted).LastState!.Terminated!.ContainerID);
    }

    [Fact]
    public async Task A_pod_past_its_active_deadline_is_stopped_and_fails_with_deadline_exceeded()
    {
        await _node.CreatePodAsync("bounded", new PodSpec { ActiveDeadlineSeconds = 2, TerminationGracePeriodSeconds = 1, Containers = [AgentHarness.Shell("web", "sleep 600")] });
        await _node.WaitForPodAsync("bounded", p => AgentHarness.Container(p).State?.Running is not null, "ran");

        var failed = await _node.WaitForPodAsync("bounded", p => p.Status?.Phase == "Failed", "failed", TimeSpan.FromSeconds(10));

        Assert.Equal("DeadlineExceeded", failed.Status!.Reason);
        Assert.Equal("Pod was active on the node longer than the specified deadline", failed.Status.Message);
        Assert.NotNull(AgentHarness.Container(failed).State!.Terminated);
        Assert.Empty(await _node.Runtime!.ListContainersAsync(new NodeAgent.Runtime.ContainerFilter { State = NodeAgent.Runtime.ContainerState.Running }));
        Assert.Contains(_node.Events.For("bounded"), e => e is { Type: "Warning", Reason: "DeadlineExceeded" });
    }

    private async Task WaitForFileAsync(string name)
    {
        var path = Path.Combine(_node.Work, name);
        var deadline = DateTime.UtcNow + AgentHarness.Patience;
        while (DateTime.UtcNow < deadline && (!File.Exists(path) || new FileInfo(path).Length == 0))
        {
            await Task.Delay(50);
        }
    }
}
