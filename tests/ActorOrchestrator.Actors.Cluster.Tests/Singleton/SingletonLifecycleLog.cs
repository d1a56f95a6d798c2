using System.Collections.Concurrent;

namespace ActorOrchestrator.Actors.Cluster.Tests.Singleton;

/// <summary>Starts and stops of the singleton on every member of a spec, in the order they happened.</summary>
internal sealed class SingletonLifecycleLog
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public void Add(string entry) => _entries.Enqueue(entry);

    /// <summary>Members running the singleton now, after replaying every start and stop.</summary>
    public IReadOnlyList<string> Running() => Replay().Running;

    /// <summary>The most singletons that ever ran at the same time.</summary>
    public int MostAtOnce() => Replay().Most;

    private (List<string> Running, int Most) Replay()
    {
        var running = new List<string>();
        var most = 0;
        foreach (var entry in _entries)
        {
            var (kind, member) = (entry.Split(' ')[0], entry.Split(' ')[1]);
            if (kind == "start")
            {
                running.Add(member);
            }
            else
            {
                running.Remove(member);
            }
            most = Math.Max(most, running.Count);
        }
        return (running, most);
    }
}
