using System.Text;
using ActorOrchestrator.Actors.Persistence.Sql.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ActorOrchestrator.Actors.Persistence.Sql.Sqlite;

/// <summary>
/// Reads one entity's events for recovery straight through SQLite's API: the persistence id is the one asked for, and
/// manifest and writer id, which repeat from row to row, are turned into strings only when they change.
/// </summary>
internal static class SqliteReplayReader
{
    private const string Sql = """
        SELECT ordering, sequence_nr, manifest, payload, tags, timestamp, writer_id FROM journal
        WHERE persistence_id = ?1 AND sequence_nr >= ?2 AND sequence_nr <= ?3 AND deleted = 0
        ORDER BY sequence_nr LIMIT ?4
        """;

    public static IReadOnlyList<StoredEvent> Read(SqliteConnection connection, string persistenceId, long fromSequenceNr, long toSequenceNr, int max)
    {
        var database = connection.Handle!;
        Check(database, raw.sqlite3_prepare_v2(database, Sql, out var statement));
        using (statement)
        {
            raw.sqlite3_bind_text(statement, 1, persistenceId);
            raw.sqlite3_bind_int64(statement, 2, fromSequenceNr);
            raw.sqlite3_bind_int64(statement, 3, toSequenceNr);
            raw.sqlite3_bind_int64(statement, 4, max);
            var rows = new List<StoredEvent>(Math.Min(max, 4096));
            var manifests = new RepeatedText();
            var writers = new RepeatedText();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                rows.Add(new StoredEvent(
                    raw.sqlite3_column_int64(statement, 0),
                    persistenceId,
                    raw.sqlite3_column_int64(statement, 1),
                    manifests.Get(raw.sqlite3_column_blob(statement, 2)),
                    Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 3)),
                    raw.sqlite3_column_type(statement, 4) == raw.SQLITE_NULL ? null : Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 4)),
                    raw.sqlite3_column_int64(statement, 5),
                    writers.Get(raw.sqlite3_column_blob(statement, 6))));
            }
            if (rc != raw.SQLITE_DONE)
            {
                Check(database, rc);
            }
            return rows;
        }
    }

    private static void Check(sqlite3 database, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(database).utf8_to_string(), rc, raw.sqlite3_extended_errcode(database));
        }
    }

    /// <summary>The last text read from a column, kept as both bytes and string.</summary>
    private sealed class RepeatedText
    {
        private byte[] _bytes = [];
        private string _text = "";

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (!utf8.SequenceEqual(_bytes))
            {
                _bytes = utf8.ToArray();
                _text = Encoding.UTF8.GetString(utf8);
            }
            return _text;
        }
    }
}
