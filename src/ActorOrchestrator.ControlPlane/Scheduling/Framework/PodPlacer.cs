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

    // Arrays, so the per-node loops enumerate without allocating.
    private readonly IFilterPlugin[] _filters = [.. profile.Filters];
    private readonly WeightedScore[] _scores = [.. profile.Scores];
    private readonly List<string> _reasons = [];
    private readonly Dictionary<string, int> _nodesPerReason = new(StringComparer.Ordinal);
    private readonly List<NodeInfo> _feasible = [];
    private long[] _totals = new long[MinFeasibleNodesToFind];
    private long[] _scratch = new long[MinFeasibleNodesToFind];
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
        var count = nodes.Count;
        var index = _nextStart % count;
        var searched = 0;
        while (searched < count && _feasible.Count < wanted)
        {
            var node = nodes[index];
            searched++;
            index = index + 1 == count ? 0 : index + 1;
            if (PassesFilters(pod, node))
            {
                _feasible.Add(node);
            }
        }
        _nextStart = index;
    }

    private bool PassesFilters(PodInfo pod, NodeInfo node)
    {
        foreach (var filter in _filters)
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
            _scratch = new long[count];
        }
        var totals = _totals.AsSpan(0, count);
        totals.Clear();
        var scores = _scratch.AsSpan(0, count);
        foreach (var (plugin, weight) in _scores)
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
        // Every node with the top score is equally likely to be chosen: count them, draw one, find it.
        var top = long.MinValue;
        var ties = 0;
        foreach (var total in totals)
        {
            if (total > top)
            {
                top = total;
                ties = 1;
            }
            else if (total == top)
            {
                ties++;
            }
        }
        var chosen = ties == 1 ? 0 : random.Next(ties);
        var best = 0;
        for (var i = 0; i < count; i++)
        {
            if (totals[i] == top && chosen-- == 0)
            {
                best = i;
                break;
            }
        }
        return _feasible[best].Name;
    }
}
