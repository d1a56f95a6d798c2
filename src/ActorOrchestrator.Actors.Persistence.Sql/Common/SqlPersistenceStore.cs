using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Query;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Snapshots;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>An open SQL store: journal with group commit, snapshot store and query side over one dialect.</summary>
internal sealed class SqlPersistenceStore : IPersistenceStore
{
    private readonly ISqlDialect _dialect;
    private readonly GroupCommitWriter _writer;
    private readonly JournalWriteSignal _signal = new();
    private readonly CancellationTokenSource _closing = new();

    private SqlPersistenceStore(ISqlDialect dialect, SqlPersistenceSettings settings, EventTypeRegistry registry, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        _dialect = dialect;
        var converter = new EventConverter(registry, timeProvider);
        _writer = new GroupCommitWriter(dialect, settings.GroupCommit, _signal, loggerFactory.CreateLogger<GroupCommitWriter>());
        Journal = new SqlJournal(dialect, _writer, converter, settings.ReplayBatchSize);
        Snapshots = new SqlSnapshotStore(dialect, converter);
        Queries = new SqlEventQueries(dialect, converter, _signal, settings.Query, _closing.Token);
    }

    public string Target => _dialect.Target;

    public IJournal Journal { get; }

    public ISnapshotStore Snapshots { get; }

    public IEventQueries Queries { get; }

    public static async Task<SqlPersistenceStore> OpenAsync(
        ISqlDialect dialect,
        SqlPersistenceSettings settings,
        EventTypeRegistry registry,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        try
        {
            await StartupRetry.InitializeAsync(
                dialect, settings.Startup, timeProvider, loggerFactory.CreateLogger<SqlPersistenceStore>(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dialect.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new SqlPersistenceStore(dialect, settings, registry, loggerFactory, timeProvider);
    }

    /// <summary>Ends live queries, finishes queued writes, then closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }
        await _closing.CancelAsync().ConfigureAwait(false);
        _signal.Notify();
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _dialect.DisposeAsync().ConfigureAwait(false);
        _closing.Dispose();
    }
}
