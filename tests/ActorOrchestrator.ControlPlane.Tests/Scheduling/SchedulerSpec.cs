using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Scheduling;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulerHarness;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

/// <summary>The scheduler actor against real entities, a real SQLite journal and the real view.</summary>
public sealed class SchedulerSpec : IAsyncLifetime
{
    /// <summary>Long enough that only a change in the cluster can explain a retry within a test.</summary>
    private static readonly SchedulerSettings EventDriven = SchedulerSettings.Default with { UnschedulableRetryInterval = TimeSpan.FromHours(1) };

    private SchedulerHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await SchedulerHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Pending_pods_are_bound_to_nodes_with_room_and_each_gets_a_Scheduled_event()
    {
        await _harness.CreateAsync(Node("node-1", cpu: "1"));
        await _harness.CreateAsync(Node("node-2", cpu: "1"));
        for (var i = 0; i < 4; i++)
        {
            await _harness.CreateAsync(Pod($"web-{i}", cpu: "500m"));
        }

        _harness.StartScheduler();

        await EventuallyAsync(() => Enumerable.Range(0, 4).All(i => _harness.NodeOf($"web-{i}") is not null), "all four pods bound");
        var perNode = Enumerable.Range(0, 4).GroupBy(i => _harness.NodeOf($"web-{i}")).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["node-1"] = 2, ["node-2"] = 2 }, perNode);
        var bound = _harness.Pod("web-0")!;
        Assert.Contains(bound.Status!.Conditions!, c => c is { Type: "PodScheduled", Status: "True" });
        await EventuallyAsync(() => _harness.EventsAbout("web-0").Any(e => e.Reason == "Scheduled"), "the Scheduled event of web-0");
        var scheduled = Assert.Single(_harness.EventsAbout("web-0"), e => e.Reason == "Scheduled");
        Assert.Equal(("Normal", $"Successfully assigned default/web-0 to {bound.Spec.NodeName}"), (scheduled.Type, scheduled.Message));
    }

    [Fact]
    public async Task A_pod_no_node_can_take_stays_Pending_saying_why_and_is_bound_when_a_node_with_room_joins()
    {
        await _harness.CreateAsync(Node("small", cpu: "1", labels: new Dictionary<string, string> { ["disk"] = "ssd" }));
        await _harness.CreateAsync(Node("hdd", cpu: "16", labels: new Dictionary<string, string> { ["disk"] = "hdd" }));
        await _harness.CreateAsync(Pod("big", cpu: "8", spec: s => s with { NodeSelector = null }));
        _harness.StartScheduler(EventDriven);
        const string Why = "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector.";
        await _harness.CreateAsync(Pod("picky", cpu: "8", spec: s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } }));

        await EventuallyAsync(
            () => _harness.Pod("picky")?.Status?.Conditions?.Any(c => c is { Type: "PodScheduled", Status: "False", Reason: "Unschedulable" }) == true,
            "picky's PodScheduled=False condition");
        var condition = _harness.Pod("picky")!.Status!.Conditions!.Single(c => c.Type == "PodScheduled");
        Assert.Equal(Why, condition.Message);
        Assert.Equal("Pending", _harness.Pod("picky")!.Status!.Phase);
        Assert.Null(_harness.NodeOf("picky"));
        await EventuallyAsync(() => _harness.EventsAbout("picky").Any(e => e.Reason == "FailedScheduling"), "picky's FailedScheduling event");
        Assert.Contains(_harness.EventsAbout("picky"), e => e is { Type: "Warning", Reason: "FailedScheduling", Message: Why });
        await EventuallyAsync(() => _harness.NodeOf("big") == "hdd", "big bound to the only node with room");

        await _harness.CreateAsync(Node("ssd", cpu: "16", labels: new Dictionary<string, string> { ["disk"] = "ssd" }));

        await EventuallyAsync(() => _harness.NodeOf("picky") == "ssd", "picky bound to the new ssd node");
    }

    [Fact]
    public async Task A_pod_finishing_makes_room_for_a_waiting_one()
    {
        await _harness.CreateAsync(Node("node-1", cpu: "1"));
        await _harness.CreateAsync(Pod("job", cpu: "1"));
        _harness.StartScheduler(EventDriven);
        await EventuallyAsync(() => _harness.NodeOf("job") == "node-1", "job bound");
        await _harness.CreateAsync(Pod("next", cpu: "1"));
        await EventuallyAsync(
            () => _harness.Pod("next")?.Status?.Conditions?.Any(c => c is { Type: "PodScheduled", Status: "False" }) == true, "next unschedulable");
        Assert.Equal(
            "0/1 nodes are available: 1 Insufficient cpu.",
            _harness.Pod("next")!.Status!.Conditions!.Single(c => c.Type == "PodScheduled").Message);

        var job = _harness.Pod("job")!;
        await _harness.Client.UpdateStatusAsync(job with { Status = job.Status! with { Phase = "Succeeded" } }, WriteOptions.Default, CancellationToken.None);

        await EventuallyAsync(() => _harness.NodeOf("next") == "node-1", "next bound once job finished");
    }

    [Fact]
    public async Task A_restarted_scheduler_rebuilds_its_cache_from_the_view_and_never_overcommits_a_node()
    {
        await _harness.CreateAsync(Node("node-1", cpu: "2"));
        await _harness.CreateAsync(Pod("a", cpu: "1"));
        await _harness.CreateAsync(Pod("b", cpu: "1"));
        var first = _harness.StartScheduler(EventDriven);
        await EventuallyAsync(() => _harness.NodeOf("a") is not null && _harness.NodeOf("b") is not null, "a and b bound");
        await _harness.StopSchedulerAsync(first);

        _harness.StartScheduler(EventDriven);
        await _harness.CreateAsync(Pod("c", cpu: "1"));

        await EventuallyAsync(
            () => _harness.Pod("c")?.Status?.Conditions?.Any(c => c is { Type: "PodScheduled", Reason: "Unschedulable" }) == true, "c unschedulable");
        Assert.Null(_harness.NodeOf("c"));
    }

    [Fact]
    public async Task Hundreds_of_pending_pods_are_placed_in_one_go_without_overcommitting_and_spread_by_owner()
    {
        for (var n = 0; n < 5; n++)
        {
            await _harness.CreateAsync(Node($"node-{n}", cpu: "10", memory: "64Gi"));
        }
        // The owner must exist: a pod whose owner is gone is garbage-collected.
        var owner = await _harness.CreateAsync(new ReplicaSet
        {
            Metadata = new ObjectMeta { Name = "web-rs", Namespace = "default" },
            Spec = new ReplicaSetSpec
            {
                Replicas = 0,
                Selector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                Template = new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "web" } },
                    Spec = new PodSpec { Containers = [new Container { Name = "web", Image = "web" }] },
                },
            },
        });
        OwnerReference[] ownedByWeb = [new() { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = "web-rs", Uid = owner.Metadata.Uid, Controller = true }];
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
        {
            var pod = Pod($"web-{i:D3}", cpu: "150m", memory: "64Mi");
            return _harness.CreateAsync(pod with { Metadata = pod.Metadata with { OwnerReferences = ownedByWeb } });
        }));

        _harness.StartScheduler(SchedulerSettings.Default with { MaxBindsInFlight = 16, PlacementsPerTurn = 50 });

        await EventuallyAsync(() => Enumerable.Range(0, 300).All(i => _harness.NodeOf($"web-{i:D3}") is not null), "all 300 pods bound");
        var perNode = Enumerable.Range(0, 300).GroupBy(i => _harness.NodeOf($"web-{i:D3}")!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, perNode.Count);
        Assert.All(perNode.Values, count => Assert.InRange(count, 58, 62));
        await _harness.CreateAsync(Pod("one-too-many", cpu: "1500m"));
        await EventuallyAsync(
            () => _harness.Pod("one-too-many")?.Status?.Conditions?.Any(c => c is { Type: "PodScheduled", Status: "False" }) == true,
            "the pod that does not fit reported unschedulable");
        Assert.Equal(
            "0/5 nodes are available: 5 Insufficient cpu.",
            _harness.Pod("one-too-many")!.Status!.Conditions!.Single(c => c.Type == "PodScheduled").Message);
    }
}
