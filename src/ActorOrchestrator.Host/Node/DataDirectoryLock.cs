using System.Globalization;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// One <c>ao</c> per data dir: an exclusive lock on <c>DATA/ao.lock</c> held for the life of the node, and the
/// holder's process id in <c>DATA/ao.pid</c> so a second start can say who holds it.
/// </summary>
internal sealed class DataDirectoryLock : IDisposable
{
    private const string LockFileName = "ao.lock";
    private const string PidFileName = "ao.pid";
    private readonly FileStream _lock;
    private readonly string _pidFile;

    private DataDirectoryLock(FileStream @lock, string pidFile)
    {
        _lock = @lock;
        _pidFile = pidFile;
    }

    /// <exception cref="DataDirectoryInUseException">another process holds the lock.</exception>
    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, PidFileName);
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(dataDirectory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var holder = File.Exists(pidFile) ? File.ReadAllText(pidFile).Trim() : "unknown";
            throw new DataDirectoryInUseException(
                $"another ao (pid {holder}) is already running on the data dir {dataDirectory}; stop it first, or pass another --data-dir");
        }
        File.WriteAllText(pidFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        return new DataDirectoryLock(held, pidFile);
    }

    public void Dispose()
    {
        File.Delete(_pidFile);
        _lock.Dispose();
    }
}
