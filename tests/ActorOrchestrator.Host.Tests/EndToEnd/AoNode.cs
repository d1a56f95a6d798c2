namespace ActorOrchestrator.Host.Tests.EndToEnd;

/// <summary>
/// A real <c>ao up</c> for end-to-end specs: loopback, free ports, its own data dir, controller resyncs every 2 s and
/// restarts after 1 s so the flows finish within seconds.
/// </summary>
internal sealed class AoNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private AoNode(RunningAo process, string dataDirectory)
    {
        Process = process;
        DataDirectory = dataDirectory;
    }

    public RunningAo Process { get; private set; }

    public string DataDirectory { get; }

    public string Kubeconfig => Path.Combine(DataDirectory, "kubeconfig");

    public static async Task<AoNode> StartAsync(string dataDirectory, string workingDirectory)
    {
        var node = new AoNode(Launch(dataDirectory, workingDirectory), dataDirectory);
        await node.Process.WaitForOutputAsync("is running", StartTimeout);
        return node;
    }

    /// <summary>Starts a new ao on the same data dir (after the previous one died).</summary>
    public async Task RestartAsync(string workingDirectory)
    {
        await Process.DisposeAsync();
        Process = Launch(DataDirectory, workingDirectory);
        await Process.WaitForOutputAsync("is running", StartTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.SendSigTerm();
            await Process.WaitForExitAsync(TimeSpan.FromSeconds(60));
        }
        await Process.DisposeAsync();
    }

    private static RunningAo Launch(string dataDirectory, string workingDirectory) =>
        RunningAo.Start(
            [
                "up", "--data-dir", dataDirectory, "--node-name", "e2e", "--port", "0", "--api-port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--set", "ao.control-plane.resync-interval=2s", "--set", "ao.agent.restart-backoff-base=1s",
            ],
            workingDirectory);
}
