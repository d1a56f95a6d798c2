using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>
/// The scheduler's picture of the cluster: every node with the pods counted on it. Pods come from the read model
/// (bound there) or from the scheduler itself (assumed: placed, binding not visible yet), so a placement counts at
/// once and the next pod in the same batch sees it. Single-threaded: only the scheduler actor touches it.
/// </summary>
internal sealed class SchedulerCache
{
    private readonly Dictionary<string, NodeInfo> _nodes = new(StringComparer.Ordinal);
    private readonly List<NodeInfo> _schedulable = [];
    private readonly Dictionary<ResourceKey, CountedPod> _pods = [];
    private readonly HashSet<ResourceKey> _assumed = [];

    /// <summary>The nodes whose Node object is known, in a stable order (the placement search rotates over it).</summary>
    public IReadOnlyList<NodeInfo> Nodes => _schedulable;

    public int AssumedCount => _assumed.Count;

    public NodeInfo? Node(string name) => _nodes.GetValueOrDefault(name);

    /// <summary>Whether the pod is counted because this scheduler placed it and the read model does not show its binding yet.</summary>
    public bool IsAssumed(ResourceKey pod) => _pods.TryGetValue(pod, out var counted) && counted.Assumed;

    /// <summary>
    /// Whether the pod is counted on <paramref name="nodeName"/>; if so it now counts as bound there (an assumption of
    /// this scheduler is confirmed by the read model showing the binding).
    /// </summary>
    public bool ConfirmOn(ResourceKey pod, string nodeName)
    {
        if (!_pods.TryGetValue(pod, out var counted) || counted.NodeName != nodeName)
        {
            return false;
        }
        if (counted.Assumed)
        {
            _pods[pod] = new CountedPod(nodeName, assumed: false);
            _assumed.Remove(pod);
        }
        return true;
    }

    /// <summary>Adds or updates a node; true when it is new or changed in a way that may let waiting pods in.</summary>
    public bool SetNode(Node node)
    {
        var name = node.Metadata.Name ?? throw new ArgumentException("a node without metadata.name", nameof(node));
        var specifics = NodeSpecifics.From(node);
        var info = NodeOrGhost(name);
        var mayHelp = !specifics.SchedulesLike(info.Specifics);
        info.Describe(specifics);
        if (info.Slot < 0)
        {
            info.Slot = _schedulable.Count;
            _schedulable.Add(info);
        }
        return mayHelp;
    }

    /// <summary>Removes a deleted node; pods still bound to it stay counted on its name until they go.</summary>
    public void RemoveNode(string name)
    {
        if (!_nodes.TryGetValue(name, out var info) || info.Slot < 0)
        {
            return;
        }
        var last = _schedulable[^1];
        _schedulable[info.Slot] = last;
        last.Slot = info.Slot;
        _schedulable.RemoveAt(_schedulable.Count - 1);
        info.Slot = -1;
        info.Describe(null);
        DropIfEmptyGhost(info);
    }

    /// <summary>
    /// Takes in a pod as the read model shows it: counted on its node while bound and not finished. An assumption
    /// of this scheduler is replaced by the binding once it shows, and kept while the pod still shows as pending.
    /// </summary>
    /// <returns>True when the pod stopped taking a node's resources (finished or moved away), so waiting pods may fit.</returns>
    public bool SetPod(PodInfo pod)
    {
        _pods.TryGetValue(pod.Key, out var counted);
        if (!pod.OccupiesNode)
        {
            if (counted is null || (counted.Assumed && !pod.Terminated))
            {
                return false;
            }
            Uncount(pod.Key, counted);
            return true;
        }
        if (counted is not null)
        {
            Uncount(pod.Key, counted);
        }
        Count(pod, pod.NodeName!, assumed: false);
        return counted is not null && counted.NodeName != pod.NodeName;
    }

    /// <summary>Forgets a deleted pod; true when it was counted on a node.</summary>
    public bool RemovePod(ResourceKey pod)
    {
        if (!_pods.TryGetValue(pod, out var counted))
        {
            return false;
        }
        Uncount(pod, counted);
        return true;
    }

    /// <summary>Counts a pod on the node this scheduler chose, before its binding is written.</summary>
    public void Assume(PodInfo pod, string nodeName)
    {
        if (_pods.TryGetValue(pod.Key, out var counted))
        {
            Uncount(pod.Key, counted);
        }
        Count(pod with { NodeName = nodeName }, nodeName, assumed: true);
    }

    /// <summary>The binding was acknowledged: the assumption holds until the read model shows it, or until <paramref name="expiresAt"/>.</summary>
    public void FinishBinding(ResourceKey pod, DateTimeOffset expiresAt)
    {
        if (_pods.TryGetValue(pod, out var counted) && counted.Assumed)
        {
            counted.ExpiresAt = expiresAt;
        }
    }

    /// <summary>Drops an assumption whose binding failed; true when there was one.</summary>
    public bool Forget(ResourceKey pod)
    {
        if (!_pods.TryGetValue(pod, out var counted) || !counted.Assumed)
        {
            return false;
        }
        Uncount(pod, counted);
        return true;
    }

    /// <summary>Forgets the acknowledged assumptions the read model has not confirmed by <paramref name="now"/>.</summary>
    public IReadOnlyList<ResourceKey> ExpireAssumed(DateTimeOffset now)
    {
        var expired = _assumed.Where(p => _pods[p].ExpiresAt <= now).ToList();
        foreach (var pod in expired)
        {
            Uncount(pod, _pods[pod]);
        }
        return expired;
    }

    private void Count(PodInfo pod, string nodeName, bool assumed)
    {
        NodeOrGhost(nodeName).AddPod(pod);
        _pods[pod.Key] = new CountedPod(nodeName, assumed);
        if (assumed)
        {
            _assumed.Add(pod.Key);
        }
    }

    private void Uncount(ResourceKey pod, CountedPod counted)
    {
        _pods.Remove(pod);
        if (counted.Assumed)
        {
            _assumed.Remove(pod);
        }
        if (_nodes.TryGetValue(counted.NodeName, out var info))
        {
            info.RemovePod(pod);
            DropIfEmptyGhost(info);
        }
    }

    private NodeInfo NodeOrGhost(string name)
    {
        if (!_nodes.TryGetValue(name, out var info))
        {
            info = new NodeInfo(name);
            _nodes.Add(name, info);
        }
        return info;
    }

    private void DropIfEmptyGhost(NodeInfo info)
    {
        if (info.Slot < 0 && info.PodCount == 0)
        {
            _nodes.Remove(info.Name);
        }
    }

    private sealed class CountedPod(string nodeName, bool assumed)
    {
        public string NodeName { get; } = nodeName;

        public bool Assumed { get; } = assumed;

        /// <summary>Set once the binding is acknowledged; until then an assumption never expires.</summary>
        public DateTimeOffset ExpiresAt { get; set; } = DateTimeOffset.MaxValue;
    }
}
