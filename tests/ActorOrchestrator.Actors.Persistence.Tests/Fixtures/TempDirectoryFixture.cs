namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

/// <summary>A fresh directory for one test class (the node's data dir), removed afterwards.</summary>
public sealed class TempDirectoryFixture : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ao-persistence-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
