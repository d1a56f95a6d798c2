namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// Appends CRI records to a container instance's log file, rotating it when the next record would pass
/// <see cref="ContainerLogSettings.MaxSize"/> and keeping at most <see cref="ContainerLogSettings.MaxFiles"/> files.
/// Not thread-safe: one writer per file, used by one drain at a time.
/// </summary>
internal sealed class CriLogWriter : IDisposable
{
    private readonly string _path;
    private readonly ContainerLogSettings _settings;
    private FileStream _file;

    public CriLogWriter(string path, ContainerLogSettings settings)
    {
        _path = path;
        _settings = settings;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _file = OpenForAppend(path);
    }

    /// <summary>Appends one record, rotating first when it would not fit.</summary>
    public void Write(DateTimeOffset time, LogStream stream, bool partial, ReadOnlySpan<byte> content)
    {
        var record = CriLogFormat.Encode(time, stream, partial, content);
        if (_file.Length > 0 && _file.Length + record.Length > _settings.MaxSize)
        {
            Rotate(time);
        }

        _file.Write(record);
    }

    /// <summary>Makes everything written so far visible to readers.</summary>
    public void Flush() => _file.Flush();

    public void Dispose() => _file.Dispose();

    private void Rotate(DateTimeOffset time)
    {
        _file.Dispose();
        var rotatedName = RotatedLogFiles.NameFor(_path, time);
        while (File.Exists(rotatedName))
        {
            time = time.AddTicks(1);
            rotatedName = RotatedLogFiles.NameFor(_path, time);
        }

        File.Move(_path, rotatedName);
        var rotated = RotatedLogFiles.Of(_path);
        var excess = rotated.Count - (_settings.MaxFiles - 1);
        foreach (var oldest in rotated.Take(Math.Max(excess, 0)))
        {
            File.Delete(oldest);
        }

        _file = OpenForAppend(_path);
    }

    private static FileStream OpenForAppend(string path) =>
        new(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 4096);
}
