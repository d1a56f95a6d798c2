using System.Diagnostics;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Shared;
using ActorOrchestrator.ControlPlane.Events;
using Xunit.Abstractions;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class ReplicaSetControllerSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private ControllerHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControllerHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task A_pod_deleted_by_hand_is_replaced()
    {
        var rs = await _plane.CreateAsync(ReplicaSet("web", 3));
        await WaitForReadyAsync(rs, 3);
        var victim = _plane.Pods()[0];

        await _plane.Client.DeleteAsync(ResourceKey.Of(victim), DeleteOptions.Default, CancellationToken.None);

        await ControllerHarness.WaitForAsync(
            () => _plane.Pods() is { Count: 3 } pods && pods.All(pod => pod.Metadata.Uid != victim.Metadata.Uid),
            "a replacement for the deleted pod");
        await WaitForReadyAsync(rs, 3);
    }

    [Fact]
    public async Task Matching_orphans_are_adopted_instead_of_creating_more_and_a_relabelled_pod_is_released_and_replaced()
    {
        var orphan = await _plane.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = "stray", Namespace = "default", Labels = new Dictionary<string, string> { ["app"] = "web" } },
            Spec = ControllerObjects.Template().Spec,
        });

        var rs = await _plane.CreateAsync(ReplicaSet("web", 2));
        await WaitForReadyAsync(rs, 2);

        var adopted = _plane.Get<Pod>(ResourceKinds.Pod, "stray")!;
        Assert.True(ControllerRefs.IsControlledBy(adopted.Metadata, rs.Metadata.Uid));
        Assert.Equal(orphan.Metadata.Uid, adopted.Metadata.Uid);
        Assert.Equal(2, _plane.Pods().Count);

        await _plane.Client.PatchAsync(ResourceKey.Of(adopted), new PatchRequest(PatchType.MergePatch,
            new JsonObject { ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = "debug" } } }), WriteOptions.Default, CancellationToken.None);

        await ControllerHarness.WaitForAsync(
            () => _plane.Get<Pod>(ResourceKinds.Pod, "stray")?.Metadata.OwnerReferences is null or { Count: 0 } && _plane.Pods("app=web").Count == 2,
            "the relabelled pod released and replaced");
    }

    [Fact]
    public async Task A_hundred_replica_set_creates_all_its_pods_concurrently()
    {
        var watch = Stopwatch.StartNew();
        var rs = await _plane.CreateAsync(ReplicaSet("big", 100));

        await ControllerHarness.WaitForAsync(() => _plane.Pods().Count == 100, "100 pods");
        var elapsed = watch.Elapsed;
        output.WriteLine($"100 pods created and in the view {elapsed.TotalMilliseconds:F0} ms after the replica set");

        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"100 pods took {elapsed.TotalMilliseconds:F0} ms");
        await WaitForReadyAsync(rs, 100);
        Assert.Equal(100, _plane.Pods().Select(pod => pod.Metadata.Name).Distinct().Count());
    }

    [Fact]
    public async Task Scaling_down_deletes_the_least_valuable_pods_first()
    {
        _plane.PodsBecomeReady = false;
        var rs = await _plane.CreateAsync(ReplicaSet("web", 3));
        await ControllerHarness.WaitForAsync(() => _plane.Pods().Count == 3, "3 pods");
        var pods = _plane.Pods();
        await _plane.ReportReadyAsync(pods[0]);
        await _plane.ReportReadyAsync(pods[1]);
        await ControllerHarness.WaitForAsync(() => _plane.Get<ReplicaSet>(ResourceKinds.ReplicaSet, "web")?.Status?.ReadyReplicas == 2, "2 ready");

        await _plane.Client.PatchAsync(ResourceKey.Of(rs), new PatchRequest(PatchType.MergePatch,
            new JsonObject { ["spec"] = new JsonObject { ["replicas"] = 2 } }), WriteOptions.Default, CancellationToken.None);

        await ControllerHarness.WaitForAsync(() => _plane.Pods().Count == 2, "2 pods left");
        Assert.DoesNotContain(_plane.Pods(), pod => pod.Metadata.Uid == pods[2].Metadata.Uid);
        await ControllerHarness.WaitForAsync(
            () => _plane.Events().Any(e => e.Reason == "SuccessfulDelete" && e.Message == $"Deleted pod: {pods[2].Metadata.Name}"), "the SuccessfulDelete event");
    }

    [Fact]
    public async Task Pods_count_as_available_only_after_min_ready_seconds()
    {
        var rs = ReplicaSet("slow", 1);
        rs = await _plane.CreateAsync(rs with { Spec = rs.Spec with { MinReadySeconds = 2 } });

        await ControllerHarness.WaitForAsync(() => _plane.Get<ReplicaSet>(ResourceKinds.ReplicaSet, "slow")?.Status?.ReadyReplicas == 1, "1 ready");
        var readyAt = Stopwatch.StartNew();
        Assert.Equal(0, _plane.Get<ReplicaSet>(ResourceKinds.ReplicaSet, "slow")!.Status!.AvailableReplicas);

        await ControllerHarness.WaitForAsync(() => _plane.Get<ReplicaSet>(ResourceKinds.ReplicaSet, "slow")?.Status?.AvailableReplicas == 1, "1 available");
        Assert.True(readyAt.Elapsed > TimeSpan.FromSeconds(0.9), $"available after {readyAt.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(rs.Metadata.Generation, _plane.Get<ReplicaSet>(ResourceKinds.ReplicaSet, "slow")!.Status!.ObservedGeneration);
    }

    private Task WaitForReadyAsync(ReplicaSet rs, int replicas) => ControllerHarness.WaitForAsync(
        () => _plane.Get<ReplicaSet>(ResourceKinds.ReplicaSet, rs.Metadata.Name!)?.Status is { } status &&
              status.Replicas == replicas && status.ReadyReplicas == replicas && status.AvailableReplicas == replicas &&
              status.FullyLabeledReplicas == replicas,
        $"replica set {rs.Metadata.Name} with {replicas} ready replicas",
        () => ControllerHarness.Describe(_plane.ReplicaSets()));

    private static ReplicaSet ReplicaSet(string name, int replicas) => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Spec = new ReplicaSetSpec
        {
            Replicas = replicas,
            Selector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
            Template = ControllerObjects.Template(),
        },
    };
}
