using System.Globalization;
using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// Moves what a container wrote to its capture files (<c>stdout</c>, <c>stderr</c>, appended by the process itself) into its
/// CRI log. How far each file has been turned into records is kept in <c>offsets</c>, so a later driver resumes there (after a
/// crash, records written since the last save may appear twice). Consumed ranges are freed on disk as it goes, so the capture
/// files stay small however long the container runs. Not thread-safe: its container's lock guards it.
/// </summary>
internal sealed class CapturedOutput : IDisposable
{
    private const int ChunkSize = 256 * 1024;
    private const int MaxChunksPerPass = 16;
    private const long FreeEvery = 1024 * 1024;

    private readonly string _directory;
    private readonly string _logPath;
    private readonly ContainerLogSettings _settings;
    private readonly Source[] _sources;
    private CriLogWriter? _writer;

    private CapturedOutput(string directory, string logPath, ContainerLogSettings settings, long[] offsets)
    {
        _directory = directory;
        _logPath = logPath;
        _settings = settings;
        _sources =
        [
            new Source(LogStream.Stdout, Path.Combine(directory, "stdout"), offsets[0], settings.MaxLineSize),
            new Source(LogStream.Stderr, Path.Combine(directory, "stderr"), offsets[1], settings.MaxLineSize),
        ];
    }

    private string OffsetsFile => Path.Combine(_directory, "offsets");

    /// <summary>Creates empty capture files and the (empty) log file, for a container about to start.</summary>
    public static CapturedOutput Create(string directory, string logPath, ContainerLogSettings settings)
    {
        foreach (var name in new[] { "stdout", "stderr", "offsets" })
        {
            File.Delete(Path.Combine(directory, name));
        }

        File.WriteAllBytes(Path.Combine(directory, "stdout"), []);
        File.WriteAllBytes(Path.Combine(directory, "stderr"), []);
        var output = new CapturedOutput(directory, logPath, settings, [0, 0]);
        output.Writer().Flush();
        return output;
    }

    /// <summary>Resumes draining where an earlier driver left off.</summary>
    public static CapturedOutput Resume(string directory, string logPath, ContainerLogSettings settings)
    {
        var offsetsFile = Path.Combine(directory, "offsets");
        long[] offsets = [0, 0];
        if (File.Exists(offsetsFile))
        {
            var parts = File.ReadAllText(offsetsFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                offsets = [long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture)];
            }
        }

        return new CapturedOutput(directory, logPath, settings, offsets);
    }

    /// <summary>
    /// Turns the output written since the last call into log records stamped <paramref name="now"/>: at most
    /// <see cref="MaxChunksPerPass"/> chunks per stream, so one chatty container cannot hold up the others, unless
    /// <paramref name="toEnd"/> (the process has exited, so the end is near).
    /// </summary>
    public void Drain(DateTimeOffset now, bool toEnd = false)
    {
        var moved = false;
        foreach (var source in _sources)
        {
            for (var chunks = 0; (toEnd || chunks < MaxChunksPerPass) && source.Read() is { Length: > 0 } chunk; chunks++)
            {
                foreach (var (partial, content) in source.Lines.Append(chunk))
                {
                    Writer().Write(now, source.Stream, partial, content);
                }

                moved = true;
            }
        }

        if (moved)
        {
            Writer().Flush();
            SaveOffsets();
            foreach (var source in _sources)
            {
                source.FreeConsumed();
            }
        }
    }

    /// <summary>Drains the rest once the process has exited, ends unterminated lines, and deletes the capture files.</summary>
    public void Complete(DateTimeOffset now)
    {
        Drain(now, toEnd: true);
        foreach (var source in _sources)
        {
            if (source.Lines.Finish() is var (partial, content))
            {
                Writer().Write(now, source.Stream, partial, content);
            }
        }

        Writer().Flush();
        Dispose();
        foreach (var name in new[] { "stdout", "stderr", "offsets" })
        {
            File.Delete(Path.Combine(_directory, name));
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
        foreach (var source in _sources)
        {
            source.Dispose();
        }
    }

    private CriLogWriter Writer() => _writer ??= new CriLogWriter(_logPath, _settings);

    private void SaveOffsets() =>
        ProcessRuntimeLayout.WriteAtomically(
            OffsetsFile,
            System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{_sources[0].Consumed} {_sources[1].Consumed}")));

    /// <summary>One capture file: how far it was read, and the line being assembled from it.</summary>
    private sealed class Source(LogStream stream, string path, long consumed, int maxLineSize) : IDisposable
    {
        private FileStream? _file;
        private long _read = consumed;
        private long _freed;

        public LogStream Stream { get; } = stream;

        public LogLineAssembler Lines { get; } = new(maxLineSize);

        /// <summary>Bytes of the file fully turned into records (what a later driver resumes from).</summary>
        public long Consumed => _read - Lines.PendingBytes;

        /// <summary>The next unread bytes, empty at the end of the file.</summary>
        public byte[] Read()
        {
            if (_file is null)
            {
                if (!File.Exists(path))
                {
                    return [];
                }

                _file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1);
            }

            var available = _file.Length - _read;
            if (available <= 0)
            {
                return [];
            }

            var buffer = new byte[Math.Min(available, ChunkSize)];
            var count = RandomAccess.Read(_file.SafeFileHandle, buffer, _read);
            _read += count;
            return count == buffer.Length ? buffer : buffer[..count];
        }

        /// <summary>Frees the disk blocks of what has been consumed, in whole megabytes.</summary>
        public void FreeConsumed()
        {
            var freeable = Consumed / FreeEvery * FreeEvery;
            if (_file is not null && freeable > _freed)
            {
                Posix.FreeRange(_file.SafeFileHandle, _freed, freeable - _freed);
                _freed = freeable;
            }
        }

        public void Dispose()
        {
            _file?.Dispose();
            _file = null;
        }
    }
}
