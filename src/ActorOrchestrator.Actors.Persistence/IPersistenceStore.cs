using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Snapshots;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>An open store: its journal, snapshot store and query side share one database.</summary>
public interface IPersistenceStore : IAsyncDisposable
{
    /// <summary>What the store is connected to, for messages (no password), e.g. <c>SQLite /data/journal.db</c>.</summary>
    string Target { get; }

    IJournal Journal { get; }

    ISnapshotStore Snapshots { get; }

    IEventQueries Queries { get; }
}
