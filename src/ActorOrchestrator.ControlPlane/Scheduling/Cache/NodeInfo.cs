using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>
/// One node as the scheduler sees it: what it offers (from its Node object) and what the pods counted on it take.
/// Owned and changed only by the <see cref="SchedulerCache"/>; plugins read it.
/// </summary>
internal sealed class NodeInfo(string name)
{
    private readonly Dictionary<ResourceKey, PodInfo> _pods = [];
    private readonly Dictionary<string, int> _podsPerController = new(StringComparer.Ordinal);
    private readonly List<HostPort> _usedPorts = [];

    public string Name { get; } = name;

    /// <summary>The node's description; null while only pods bound to it are known (the Node object not seen yet, or deleted).</summary>
    public NodeSpecifics? Specifics { get; private set; }

    public PodResources Requested { get; private set; }

    public PodResources ScoringRequested { get; private set; }

    public int PodCount => _pods.Count;

    public IReadOnlyList<HostPort> UsedPorts => _usedPorts;

    public IReadOnlyCollection<ResourceKey> Pods => _pods.Keys;

    /// <summary>Where this node sits in the cache's list of schedulable nodes; -1 when not in it.</summary>
    internal int Slot { get; set; } = -1;

    public int PodsOfController(string controllerUid) => _podsPerController.GetValueOrDefault(controllerUid);

    public void Describe(NodeSpecifics? specifics) => Specifics = specifics;

    public void AddPod(PodInfo pod)
    {
        _pods.Add(pod.Key, pod);
        Requested += pod.Requests;
        ScoringRequested += pod.ScoringRequests;
        _usedPorts.AddRange(pod.HostPorts);
        if (pod.ControllerUid is { } owner)
        {
            _podsPerController[owner] = _podsPerController.GetValueOrDefault(owner) + 1;
        }
    }

    public bool RemovePod(ResourceKey key)
    {
        if (!_pods.Remove(key, out var pod))
        {
            return false;
        }
        Requested -= pod.Requests;
        ScoringRequested -= pod.ScoringRequests;
        foreach (var port in pod.HostPorts)
        {
            _usedPorts.Remove(port);
        }
        if (pod.ControllerUid is { } owner)
        {
            var remaining = _podsPerController[owner] - 1;
            if (remaining == 0)
            {
                _podsPerController.Remove(owner);
            }
            else
            {
                _podsPerController[owner] = remaining;
            }
        }
        return true;
    }

    public override string ToString() => $"node {Name}: {PodCount} pods, requested {Requested}";
}
