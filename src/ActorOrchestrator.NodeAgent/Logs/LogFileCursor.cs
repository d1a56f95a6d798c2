namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>Reads the complete CRI records of one log file from where it left off; an unfinished last line waits for its newline.</summary>
internal sealed class LogFileCursor : IDisposable
{
    private readonly FileStream _file;
    private byte[] _pending = [];

    private LogFileCursor(FileStream file)
    {
        _file = file;
    }

    /// <summary>Opens the file for reading while others write, rename or delete it; null when it does not exist.</summary>
    public static LogFileCursor? Open(string path)
    {
        try
        {
            return new LogFileCursor(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The records completed since the last call; lines that are not CRI records are skipped.</summary>
    public List<CriLogRecord> ReadAvailable()
    {
        var records = new List<CriLogRecord>();
        var available = _file.Length - _file.Position;
        if (available <= 0)
        {
            return records;
        }

        var chunk = new byte[_pending.Length + available];
        _pending.CopyTo(chunk, 0);
        var read = _file.ReadAtLeast(chunk.AsSpan(_pending.Length), (int)available, throwOnEndOfStream: false);
        var data = chunk.AsSpan(0, _pending.Length + read);
        int newline;
        while ((newline = data.IndexOf((byte)'\n')) >= 0)
        {
            if (CriLogFormat.TryParse(data[..newline], out var record))
            {
                records.Add(record!);
            }

            data = data[(newline + 1)..];
        }

        _pending = data.ToArray();
        return records;
    }

    public void Dispose() => _file.Dispose();
}
