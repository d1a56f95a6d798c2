using System.Runtime.CompilerServices;

namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// Reads a container instance's CRI log (its rotated files first, then the current one) the way <c>kubectl logs</c> wants it:
/// since a time, the last N lines, following new output until the container exits, with or without timestamps, up to a byte limit.
/// For <c>--previous</c>, read the previous instance's file (<see cref="PodLogPaths.ContainerLogFile"/> with restart count - 1).
/// </summary>
public static class ContainerLogReader
{
    private static readonly TimeSpan FollowPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The records of the log, filtered by <see cref="ContainerLogReadOptions.Since"/> and <see cref="ContainerLogReadOptions.TailLines"/>.
    /// With <see cref="ContainerLogReadOptions.Follow"/> it then yields new records until <paramref name="followUntil"/> completes
    /// (pass the runtime's WaitContainerAsync: the last output is in the file before it completes) or the token is cancelled.
    /// </summary>
    public static async IAsyncEnumerable<CriLogRecord> ReadAsync(
        string logPath,
        ContainerLogReadOptions options,
        Task? followUntil = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rotated = RotatedLogFiles.Of(logPath);
        var current = LogFileCursor.Open(logPath);
        try
        {
            foreach (var record in TailOf(Existing(rotated, current).Where(record => IsWanted(record, options)), options.TailLines))
            {
                yield return record;
            }

            if (!options.Follow)
            {
                yield break;
            }

            var newestRotated = rotated.Count > 0 ? rotated[^1] : null;
            while (true)
            {
                var finished = followUntil?.IsCompleted == true;
                var fresh = current?.ReadAvailable() ?? [];
                var rotations = RotatedLogFiles.Of(logPath);
                var rotatedNow = rotations.Count > 0 ? rotations[^1] : null;
                if (rotatedNow != newestRotated || current is null)
                {
                    // Rotated since the last look: finish the file we hold (now renamed), read any file rotated after it
                    // whole, then start on the new current file.
                    var unseen = rotations.Where(file => newestRotated is null || string.CompareOrdinal(file, newestRotated) > 0).ToList();
                    if (current is not null)
                    {
                        fresh.AddRange(current.ReadAvailable());
                        current.Dispose();
                        unseen = unseen.Skip(1).ToList();
                    }

                    foreach (var file in unseen)
                    {
                        using var skipped = LogFileCursor.Open(file);
                        fresh.AddRange(skipped?.ReadAvailable() ?? []);
                    }

                    newestRotated = rotatedNow;
                    current = LogFileCursor.Open(logPath);
                    fresh.AddRange(current?.ReadAvailable() ?? []);
                }

                foreach (var record in fresh.Where(record => IsWanted(record, options)))
                {
                    yield return record;
                }

                if (finished)
                {
                    yield break;
                }

                if (fresh.Count == 0)
                {
                    var delay = Task.Delay(FollowPollInterval, cancellationToken);
                    await (followUntil is null ? delay : Task.WhenAny(delay, followUntil)).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        finally
        {
            current?.Dispose();
        }
    }

    /// <summary>
    /// Writes the log as <c>kubectl logs</c> prints it: each line's content and newline (pieces of a split line joined), with
    /// <see cref="ContainerLogReadOptions.Timestamps"/> each line prefixed by its time and a space; stops at
    /// <see cref="ContainerLogReadOptions.LimitBytes"/>. See <see cref="ReadAsync"/> for following.
    /// </summary>
    public static async Task WriteAsync(
        string logPath,
        ContainerLogReadOptions options,
        Stream destination,
        Task? followUntil = null,
        CancellationToken cancellationToken = default)
    {
        var remaining = options.LimitBytes ?? long.MaxValue;
        var lineOpen = new HashSet<LogStream>();
        await foreach (var record in ReadAsync(logPath, options, followUntil, cancellationToken).ConfigureAwait(false))
        {
            var text = new List<byte>(record.Content.Length + 40);
            if (options.Timestamps && !lineOpen.Contains(record.Stream))
            {
                text.AddRange(System.Text.Encoding.ASCII.GetBytes(CriLogFormat.FormatTime(record.Time) + " "));
            }

            text.AddRange(record.Content);
            if (record.Partial)
            {
                lineOpen.Add(record.Stream);
            }
            else
            {
                lineOpen.Remove(record.Stream);
                text.Add((byte)'\n');
            }

            var count = (int)Math.Min(text.Count, remaining);
            await destination.WriteAsync(text.ToArray().AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            remaining -= count;
            if (remaining == 0)
            {
                break;
            }

            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The records already written, one file in memory at a time: the rotated files, then what the current one holds.</summary>
    private static IEnumerable<CriLogRecord> Existing(IReadOnlyList<string> rotated, LogFileCursor? current)
    {
        foreach (var file in rotated)
        {
            using var old = LogFileCursor.Open(file);
            foreach (var record in old?.ReadAvailable() ?? [])
            {
                yield return record;
            }
        }

        foreach (var record in current?.ReadAvailable() ?? [])
        {
            yield return record;
        }
    }

    private static bool IsWanted(CriLogRecord record, ContainerLogReadOptions options) =>
        options.Since is not { } since || record.Time >= since;

    private static IEnumerable<CriLogRecord> TailOf(IEnumerable<CriLogRecord> records, int? tailLines)
    {
        if (tailLines is not { } wanted)
        {
            return records;
        }

        var lines = new Queue<List<CriLogRecord>>();
        List<CriLogRecord>? open = null;
        foreach (var record in records)
        {
            if (open is null)
            {
                open = [];
                lines.Enqueue(open);
                if (lines.Count > wanted)
                {
                    lines.Dequeue();
                }
            }

            open.Add(record);
            if (!record.Partial)
            {
                open = null;
            }
        }

        return lines.SelectMany(line => line);
    }
}
