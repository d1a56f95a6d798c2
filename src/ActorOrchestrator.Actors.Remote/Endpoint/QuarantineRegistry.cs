using System.Collections.Concurrent;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>Peer incarnations (address and UID) this member will never talk to again. Quarantine is permanent per UID.</summary>
internal sealed class QuarantineRegistry
{
    private readonly ConcurrentDictionary<(RemoteAddress Address, long Uid), string> _reasons = new();

    public void Add(RemoteAddress address, long uid, string reason)
    {
        if (uid != 0)
        {
            _reasons.TryAdd((address, uid), reason);
        }
    }

    public bool IsQuarantined(RemoteAddress address, long uid) => _reasons.ContainsKey((address, uid));
}
