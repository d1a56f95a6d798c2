using System.Collections.Concurrent;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>One <see cref="Association"/> per peer address, created on first use and kept for the life of remoting.</summary>
internal sealed class AssociationRegistry(Remoting remoting)
{
    private readonly ConcurrentDictionary<RemoteAddress, Association> _byAddress = new();

    public Association GetOrCreate(RemoteAddress address) =>
        _byAddress.TryGetValue(address, out var existing) ? existing : _byAddress.GetOrAdd(address, a => new Association(remoting, a));

    public bool TryGet(RemoteAddress address, out Association? association) => _byAddress.TryGetValue(address, out association);

    public ICollection<Association> All => _byAddress.Values;
}
