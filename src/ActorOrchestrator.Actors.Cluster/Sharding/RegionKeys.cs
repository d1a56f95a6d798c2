using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// How the coordinator names a region in its events and finds the region again from that name: the full remote path
/// in a cluster (readable by a coordinator on any member), the local path within a single system.
/// </summary>
internal sealed class RegionKeys
{
    private readonly Func<IActorRef, string> _keyOf;
    private readonly Func<string, IActorRef> _resolve;

    private RegionKeys(Func<IActorRef, string> keyOf, Func<string, IActorRef> resolve)
    {
        _keyOf = keyOf;
        _resolve = resolve;
    }

    public static RegionKeys Remote(Remoting remoting) => new(remoting.FullPathOf, remoting.ActorFor);

    /// <summary>Within one system: a region is known by the path of a ref seen before.</summary>
    public static RegionKeys Local()
    {
        var seen = new Dictionary<string, IActorRef>(StringComparer.Ordinal);
        return new RegionKeys(
            region =>
            {
                var key = region.Path.ToStringWithUid();
                seen[key] = region;
                return key;
            },
            key => seen[key]);
    }

    public string KeyOf(IActorRef region) => _keyOf(region);

    public IActorRef Resolve(string key) => _resolve(key);
}
