using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using ActorOrchestrator.ControlPlane.Scheduling.Framework;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

public sealed class PodPlacerSpec
{
    private static PodPlacer Placer(int percentage = 0, int seed = 7) =>
        new(SchedulingProfile.From(SchedulerSettings.Default), percentage, new Random(seed));

    [Fact]
    public void An_unschedulable_pod_gets_Kubernetes_message_counting_nodes_per_reason()
    {
        var cache = Cache(
            Node("small", cpu: "500m", labels: new Dictionary<string, string> { ["disk"] = "ssd" }),
            Node("hdd-1", labels: new Dictionary<string, string> { ["disk"] = "hdd" }),
            Node("hdd-2", labels: new Dictionary<string, string> { ["disk"] = "hdd" }));
        var pod = PendingInfo("web-abc", cpu: "1", spec: s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } });

        var placement = Placer().Place(pod, cache);

        Assert.Null(placement.NodeName);
        Assert.Equal("0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector.", placement.Failure);
    }

    [Fact]
    public void Reasons_are_counted_per_node_and_sorted_as_Kubernetes_sorts_them()
    {
        var cache = Cache(
            Node("small", cpu: "500m", labels: new Dictionary<string, string> { ["disk"] = "ssd" }),
            Node("hdd-1", labels: new Dictionary<string, string> { ["disk"] = "hdd" }),
            Node("hdd-2", labels: new Dictionary<string, string> { ["disk"] = "hdd" }),
            Node("cordoned", unschedulable: true),
            Node("tiny", cpu: "100m", memory: "64Mi", labels: new Dictionary<string, string> { ["disk"] = "ssd" }));
        var pod = PendingInfo("web-abc", cpu: "1", memory: "128Mi", spec: s => s with { NodeSelector = new Dictionary<string, string> { ["disk"] = "ssd" } });

        var placement = Placer().Place(pod, cache);

        Assert.Equal(
            "0/5 nodes are available: 1 Insufficient memory, 1 node(s) were unschedulable, 2 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector.",
            placement.Failure);
    }

    [Fact]
    public void Without_nodes_the_message_says_so()
    {
        Assert.Equal("no nodes available to schedule pods", Placer().Place(PendingInfo("p"), new SchedulerCache()).Failure);
    }

    [Fact]
    public void Each_placement_counted_in_the_cache_is_seen_by_the_next_so_a_batch_never_overcommits()
    {
        var cache = Cache(Node("n1", cpu: "1"), Node("n2", cpu: "1"), Node("n3", cpu: "1"));
        var placer = Placer();
        var placed = new List<string?>();

        for (var i = 0; i < 7; i++)
        {
            var pod = PendingInfo($"p{i}", cpu: "500m");
            var placement = placer.Place(pod, cache);
            placed.Add(placement.NodeName);
            if (placement.NodeName is { } node)
            {
                cache.Assume(pod, node);
            }
        }

        Assert.Equal(6, placed.Count(n => n is not null));
        Assert.All(cache.Nodes, n => Assert.Equal(1000, n.Requested.CpuMilli));
        Assert.Null(placed[6]);
    }

    [Fact]
    public void The_least_allocated_node_wins()
    {
        var cache = Cache(Node("busy", cpu: "4"), Node("idle", cpu: "4"), Node("half", cpu: "4"));
        cache.SetPod(Info(Pod("a", cpu: "3", nodeName: "busy")));
        cache.SetPod(Info(Pod("b", cpu: "2", nodeName: "half")));

        for (var seed = 0; seed < 5; seed++)
        {
            Assert.Equal("idle", Placer(seed: seed).Place(PendingInfo("p"), cache).NodeName);
        }
    }

    [Fact]
    public void Pods_of_one_controller_spread_over_equally_free_nodes()
    {
        var cache = Cache(Node("n1", cpu: "64", memory: "256Gi"), Node("n2", cpu: "64", memory: "256Gi"), Node("n3", cpu: "64", memory: "256Gi"));
        cache.SetPod(Info(Pod("other-1", cpu: "10m", memory: "1Mi", nodeName: "n1", owner: "rs-other")));
        var placer = Placer();

        for (var i = 0; i < 9; i++)
        {
            var pod = PendingInfo($"web-{i}", cpu: "10m", memory: "1Mi", owner: "rs-web");
            cache.Assume(pod, placer.Place(pod, cache).NodeName!);
        }

        Assert.All(cache.Nodes, n => Assert.Equal(3, n.PodsOfController("uid-rs-web")));
    }

    [Fact]
    public void Ties_are_broken_at_random_across_every_best_node()
    {
        var cache = Cache(Node("n1"), Node("n2"), Node("n3"), Node("n4"));
        var chosen = new HashSet<string>();

        for (var seed = 0; seed < 40; seed++)
        {
            chosen.Add(Placer(seed: seed).Place(PendingInfo("p"), cache).NodeName!);
        }

        Assert.Equal(4, chosen.Count);
    }

    [Theory]
    [InlineData(50, 0, 50)]
    [InlineData(1000, 0, 420)]
    [InlineData(5000, 0, 500)]
    [InlineData(200, 0, 100)]
    [InlineData(1000, 100, 1000)]
    [InlineData(1000, 30, 300)]
    public void Large_clusters_are_searched_only_until_enough_feasible_nodes_are_found(int nodes, int percentage, int expected)
    {
        Assert.Equal(expected, Placer(percentage).FeasibleNodesToFind(nodes));
    }

    [Fact]
    public void The_search_starts_where_the_last_one_stopped_so_every_node_gets_pods()
    {
        var nodes = Enumerable.Range(0, 300).Select(i => Node($"n{i:D3}", cpu: "4", memory: "128Gi")).ToArray();
        var cache = Cache(nodes);
        var placer = Placer();

        for (var i = 0; i < 600; i++)
        {
            var pod = PendingInfo($"p{i}", cpu: "1", memory: "1Mi");
            cache.Assume(pod, placer.Place(pod, cache).NodeName!);
        }

        Assert.All(cache.Nodes, n => Assert.InRange(n.PodCount, 1, 3));
    }
}
