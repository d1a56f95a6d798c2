using System.Collections.Immutable;
using System.Text;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Tests.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>
/// A runtime under test over a temporary state directory, with helpers to run containers. A driver's scope opens its runtime
/// and, on dispose, makes sure nothing the test started still runs.
/// </summary>
internal abstract class ContainerRuntimeScope : IAsyncDisposable
{
    public const string HostIp = "127.0.0.1";

    private readonly TemporaryDirectory _directory = new();

    protected ContainerRuntimeScope(ContainerRuntimeSettings settings)
    {
        Settings = settings;
    }

    public ContainerRuntimeSettings Settings { get; }

    public IContainerRuntime Runtime { get; private set; } = null!;

    public string StateDirectory => _directory.Combine("state");

    public string DataDirectory => _directory.Path;

    /// <summary>The image containers run (ignored by the process driver; a shell image for image-based drivers).</summary>
    public virtual string Image => "busybox:1.36";

    public static ContainerRuntimeSettings FastSettings(ContainerLogSettings? logs = null) => new()
    {
        Logs = logs ?? ContainerLogSettings.Default,
        Process = new ActorOrchestrator.NodeAgent.Runtime.Process.ProcessRuntimeSettings { PollInterval = TimeSpan.FromMilliseconds(50) },
    };

    /// <summary>Opens the driver's runtime over <see cref="StateDirectory"/>.</summary>
    protected abstract Task<IContainerRuntime> OpenRuntimeAsync();

    /// <summary>Kills whatever the test left running, by the driver's own means.</summary>
    protected abstract Task KillLeftoversAsync();

    public async Task InitializeRuntimeAsync() => Runtime = await OpenRuntimeAsync();

    /// <summary>Drops the runtime as a crashed agent would (its containers keep running) and opens a new one over the same state.</summary>
    public async Task<IContainerRuntime> ReopenAsync()
    {
        await Runtime.DisposeAsync();
        Runtime = await OpenRuntimeAsync();
        return Runtime;
    }

    public PodSandboxConfig SandboxConfig(string podName = "web") => new(new PodSandboxMetadata(podName, "default", "uid-" + podName))
    {
        LogDirectory = PodLogPaths.PodLogDirectory(DataDirectory, "default", podName, "uid-" + podName),
        Labels = ImmutableDictionary<string, string>.Empty
            .Add(RuntimeLabels.PodName, podName)
            .Add(RuntimeLabels.PodNamespace, "default")
            .Add(RuntimeLabels.PodUid, "uid-" + podName),
    };

    public ContainerConfig ContainerConfig(string name, params string[] argv) => new(new ContainerMetadata(name))
    {
        Image = Image,
        Command = argv,
        LogPath = PodLogPaths.ContainerLogPath(name, 0),
        Labels = ImmutableDictionary<string, string>.Empty.Add(RuntimeLabels.ContainerName, name),
    };

    /// <summary>Runs one started container with <paramref name="argv"/> in the pod's sandbox (created on first use).</summary>
    public async Task<string> RunAsync(string name, params string[] argv)
    {
        var sandbox = SandboxConfig();
        var sandboxId = (await Runtime.ListPodSandboxesAsync()).FirstOrDefault()?.Id ?? await Runtime.RunPodSandboxAsync(sandbox);
        var id = await Runtime.CreateContainerAsync(sandboxId, ContainerConfig(name, argv), sandbox);
        await Runtime.StartContainerAsync(id);
        return id;
    }

    /// <summary>Waits (generously) for the container to exit and returns its final status.</summary>
    public Task<ContainerStatus> ExitOfAsync(string containerId) =>
        Runtime.WaitContainerAsync(containerId).WaitAsync(TimeSpan.FromSeconds(20));

    /// <summary>The container's log as kubectl logs prints it.</summary>
    public async Task<string> LogOfAsync(string containerId, ContainerLogReadOptions? options = null)
    {
        var status = await Runtime.ContainerStatusAsync(containerId);
        using var output = new MemoryStream();
        await ContainerLogReader.WriteAsync(status.LogPath, options ?? ContainerLogReadOptions.Default, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Waits until the container's log reads <paramref name="expected"/>.</summary>
    public async Task WaitForLogAsync(string containerId, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await LogOfAsync(containerId) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the log of {containerId} never became {expected}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await KillLeftoversAsync();
        _directory.Dispose();
    }
}
