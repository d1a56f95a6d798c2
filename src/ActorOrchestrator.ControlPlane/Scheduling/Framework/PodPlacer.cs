using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>
/// Kubernetes' scheduling cycle for one pod against the cache: search the nodes, rotating where the search starts,
/// until enough feasible ones are found (all nodes in small clusters), score those, pick the best, ties at random.
/// Pure apart from the rotation and the random source; the caller counts the placement in the cache.
/// </summary>
internal sealed class PodPlacer(SchedulingProfile profile, int percentageOfNodesToScore, Random random)
{
    /// <summary>Below this many nodes every node is searched; above, at least this many feasible ones are looked for.</summary>
    private const int MinFeasibleNodesToFind = 100;

    private readonly List<string> _reasons = [];
    private readonly Dictionary<string, int> _nodesPerReason = new(StringComparer.Ordinal);
    private readonly List<NodeInfo> _feasible = [];
    private long[] _totals = new long[MinFeasibleNodesToFind];
    private long[] _scores = new long[MinFeasibleNodesToFind];
    private int _nextStart;

    public Placement Place(PodInfo pod, SchedulerCache cache)
    {
        var nodes = cache.Nodes;
        if (nodes.Count == 0)
        {
            return Placement.Unschedulable(FitFailure.NoNodes);
        }
        FindFeasible(pod, nodes);
        if (_feasible.Count == 0)
        {
            return Placement.Unschedulable(FitFailure.Message(nodes.Count, _nodesPerReason));
        }
        return Placement.On(_feasible.Count == 1 ? _feasible[0].Name : SelectBest(pod));
    }

    /// <summary>Kubernetes' numFeasibleNodesToFind: all nodes below 100, else a share adapted to the size (or configured), at least 100.</summary>
    internal int FeasibleNodesToFind(int nodeCount)
    {
        if (nodeCount < MinFeasibleNodesToFind || percentageOfNodesToScore >= 100)
        {
            return nodeCount;
        }
        var percentage = percentageOfNodesToScore > 0 ? percentageOfNodesToScore : Math.Max(5, 50 - (nodeCount / 125));
        return Math.Max(MinFeasibleNodesToFind, nodeCount * percentage / 100);
    }

    private void FindFeasible(PodInfo pod, IReadOnlyList<NodeInfo> nodes)
    {
        _feasible.Clear();
        _nodesPerReason.Clear();
        var wanted = FeasibleNodesToFind(nodes.Count);
        var start = _nextStart % nodes.Count;
        var searched = 0;
        while (searched < nodes.Count && _feasible.Count < wanted)
        {
            var node = nodes[(start + searched) % nodes.Count];
            searched++;
            if (PassesFilters(pod, node))
            {
                _feasible.Add(node);
            }
        }
        _nextStart = (start + searched) % nodes.Count;
    }

    private bool PassesFilters(PodInfo pod, NodeInfo node)
    {
        foreach (var filter in profile.Filters)
        {
            _reasons.Clear();
            if (!filter.Filter(pod, node, _reasons))
            {
                foreach (var reason in _reasons)
                {
                    _nodesPerReason[reason] = _nodesPerReason.GetValueOrDefault(reason) + 1;
                }
                return false;
            }
        }
        return true;
    }

    private string SelectBest(PodInfo pod)
    {
        var count = _feasible.Count;
        if (_totals.Length < count)
        {
            _totals = new long[count];
            _scores = new long[count];
        }
        var totals = _totals.AsSpan(0, count);
        totals.Clear();
        var scores = _scores.AsSpan(0, count);
        foreach (var (plugin, weight) in profile.Scores)
        {
            for (var i = 0; i < count; i++)
            {
                scores[i] = plugin.Score(pod, _feasible[i]);
            }
            plugin.Normalize(pod, scores);
            for (var i = 0; i < count; i++)
            {
                totals[i] += weight * scores[i];
            }
        }
        // Reservoir sampling over the best: each node with the top score is equally likely to be chosen.
        var best = 0;
        var ties = 1;
        for (var i = 1; i < count; i++)
        {
            if (totals[i] > totals[best])
            {
                best = i;
                ties = 1;
            }
            else if (totals[i] == totals[best] && random.Next(++ties) == 0)
            {
                best = i;
            }
        }
        return _feasible[best].Name;
    }
}
