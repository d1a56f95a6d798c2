namespace ActorOrchestrator.NodeAgent.Tests.Logs;

/// <summary>A fresh directory under the system's temp directory, deleted on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("ao-nodeagent-").FullName;
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still writing into it is the test's failure to report, not the cleanup's.
        }
    }
}
