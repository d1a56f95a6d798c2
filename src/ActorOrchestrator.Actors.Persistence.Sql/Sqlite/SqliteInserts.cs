using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

/// <summary>The writer connection's two insert statements, prepared once and bound by position for every row.</summary>
internal sealed class SqliteInserts : IDisposable
{
    private const int ConstraintUnique = 2067;

    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _insertEvent;
    private readonly sqlite3_stmt _insertTag;

    public SqliteInserts(SqliteConnection writer)
    {
        _database = writer.Handle!;
        _insertEvent = Prepare("""
            INSERT INTO journal (persistence_id, sequence_nr, manifest, payload, tags, timestamp, writer_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """);
        _insertTag = Prepare("INSERT INTO event_tag (tag, ordering) VALUES (?1, ?2)");
    }

    /// <summary>Inserts the request's events and sets its orderings; false (with its conflict set) when a sequence number is taken.</summary>
    public bool TryInsert(WriteRequest request)
    {
        var orderings = new long[request.Writes.Count][];
        for (var w = 0; w < request.Writes.Count; w++)
        {
            var write = request.Writes[w];
            orderings[w] = new long[write.Count];
            for (var i = 0; i < write.Count; i++)
            {
                var e = write[i];
                if (!TryInsertEvent(e, out var ordering))
                {
                    request.Conflict = new SequenceNumberConflictException(e.PersistenceId, e.SequenceNr);
                    return false;
                }
                orderings[w][i] = ordering;
                foreach (var tag in e.TagList)
                {
                    raw.sqlite3_bind_text(_insertTag, 1, tag);
                    raw.sqlite3_bind_int64(_insertTag, 2, ordering);
                    Step(_insertTag);
                }
            }
        }
        request.Orderings = orderings;
        return true;
    }

    public void Dispose()
    {
        _insertEvent.Dispose();
        _insertTag.Dispose();
    }

    private bool TryInsertEvent(SerializedEvent e, out long ordering)
    {
        raw.sqlite3_bind_text(_insertEvent, 1, e.PersistenceId);
        raw.sqlite3_bind_int64(_insertEvent, 2, e.SequenceNr);
        raw.sqlite3_bind_text(_insertEvent, 3, e.Manifest);
        raw.sqlite3_bind_text(_insertEvent, 4, e.Payload);
        if (e.Tags is null)
        {
            raw.sqlite3_bind_null(_insertEvent, 5);
        }
        else
        {
            raw.sqlite3_bind_text(_insertEvent, 5, e.Tags);
        }
        raw.sqlite3_bind_int64(_insertEvent, 6, e.TimestampUnixMs);
        raw.sqlite3_bind_text(_insertEvent, 7, e.WriterId);
        var rc = raw.sqlite3_step(_insertEvent);
        if (rc == raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_insertEvent);
            ordering = raw.sqlite3_last_insert_rowid(_database);
            return true;
        }
        ordering = 0;
        var failure = Failure(rc);
        raw.sqlite3_reset(_insertEvent);
        if (failure.SqliteExtendedErrorCode == ConstraintUnique)
        {
            return false;
        }
        throw failure;
    }

    private void Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        var failure = rc == raw.SQLITE_DONE ? null : Failure(rc);
        raw.sqlite3_reset(statement);
        if (failure is not null)
        {
            throw failure;
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var rc = raw.sqlite3_prepare_v2(_database, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            throw Failure(rc);
        }
        return statement;
    }

    private SqliteException Failure(int rc) =>
        new(raw.sqlite3_errmsg(_database).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_database));
}
