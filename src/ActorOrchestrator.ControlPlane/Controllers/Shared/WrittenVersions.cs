using System.Collections.Concurrent;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>
/// The controller's expectations, kept as journal positions: per owner uid, the highest resourceVersion among the
/// writes its last runs made (pods created, replica sets scaled). The next run waits for the read view to reach it,
/// so it never acts on a view that does not show its own writes yet (no double creates). Entries older than the
/// time-to-live are dropped; by then the view has long passed them.
/// </summary>
internal sealed class WrittenVersions(TimeProvider time, TimeSpan timeToLive)
{
    /// <summary>Past this many owners, entries older than the time-to-live are dropped (owners deleted long ago).</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, (long Version, DateTimeOffset At)> _versions = new(StringComparer.Ordinal);

    public void Observe(string ownerUid, string? resourceVersion)
    {
        if (!long.TryParse(resourceVersion, out var version))
        {
            return;
        }

        var now = time.GetUtcNow();
        _versions.AddOrUpdate(ownerUid, (version, now), (_, current) => (Math.Max(current.Version, version), now));
        if (_versions.Count > PruneAbove)
        {
            Prune(now);
        }
    }

    /// <summary>The position the view must reach before the owner's next run reads it; 0 when nothing is expected.</summary>
    public long Expected(string ownerUid)
    {
        if (!_versions.TryGetValue(ownerUid, out var entry))
        {
            return 0;
        }

        if (time.GetUtcNow() - entry.At <= timeToLive)
        {
            return entry.Version;
        }

        _versions.TryRemove(KeyValuePair.Create(ownerUid, entry));
        return 0;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var entry in _versions)
        {
            if (now - entry.Value.At > timeToLive)
            {
                _versions.TryRemove(entry);
            }
        }
    }
}
