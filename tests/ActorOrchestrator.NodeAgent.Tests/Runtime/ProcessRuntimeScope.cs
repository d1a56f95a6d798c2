using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ActorOrchestrator.NodeAgent.Logs;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;
using ActorOrchestrator.NodeAgent.Tests.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime;

/// <summary>
/// A process runtime over a temporary state directory, with helpers to run containers. Disposing kills every process the
/// test started, by the pids its supervisors recorded, and deletes the directory.
/// </summary>
internal sealed class ProcessRuntimeScope : IAsyncDisposable
{
    public const string HostIp = "127.0.0.1";

    private readonly TemporaryDirectory _directory = new();

    private ProcessRuntimeScope(ContainerRuntimeSettings settings)
    {
        Settings = settings;
    }

    public ContainerRuntimeSettings Settings { get; }

    public ProcessContainerRuntime Runtime { get; private set; } = null!;

    public string StateDirectory => _directory.Combine("state");

    public string DataDirectory => _directory.Path;

    public static ContainerRuntimeSettings FastSettings(ContainerLogSettings? logs = null) => new()
    {
        Logs = logs ?? ContainerLogSettings.Default,
        Process = new ProcessRuntimeSettings { PollInterval = TimeSpan.FromMilliseconds(50) },
    };

    public static async Task<ProcessRuntimeScope> OpenAsync(ContainerRuntimeSettings? settings = null)
    {
        var scope = new ProcessRuntimeScope(settings ?? FastSettings());
        scope.Runtime = await ProcessContainerRuntime.OpenAsync(scope.StateDirectory, scope.Settings, HostIp);
        return scope;
    }

    /// <summary>Drops the runtime as a crashed agent would (its processes keep running) and opens a new one over the same directory.</summary>
    public async Task<ProcessContainerRuntime> ReopenAsync()
    {
        await Runtime.DisposeAsync();
        Runtime = await ProcessContainerRuntime.OpenAsync(StateDirectory, Settings, HostIp);
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
        Command = argv,
        LogPath = PodLogPaths.ContainerLogPath(name, 0),
        Labels = ImmutableDictionary<string, string>.Empty.Add(RuntimeLabels.ContainerName, name),
    };

    /// <summary>Runs a sandbox and one started container in it running <paramref name="argv"/>.</summary>
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

    /// <summary>The state directory of a container (where its supervisor writes pids and exit).</summary>
    public string ContainerDirectory(string containerId) => Path.Combine(StateDirectory, "process", "containers", containerId);

    /// <summary>The supervisor's and the container process's pids, as the supervisor recorded them.</summary>
    public (int Supervisor, int Child) PidsOf(string containerId)
    {
        var parts = File.ReadAllText(Path.Combine(ContainerDirectory(containerId), "pids")).Split(' ', StringSplitOptions.TrimEntries);
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Live (non-zombie) processes whose process group is <paramref name="processGroupId"/>.</summary>
    public static List<int> LiveMembersOf(int processGroupId)
    {
        var members = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(entry, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[0] != "Z" && int.Parse(fields[2], CultureInfo.InvariantCulture) == processGroupId)
                {
                    members.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while being looked at.
            }
        }

        return members;
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        var containers = Path.Combine(StateDirectory, "process", "containers");
        if (Directory.Exists(containers))
        {
            foreach (var container in Directory.EnumerateDirectories(containers))
            {
                if (File.Exists(Path.Combine(container, "pids")))
                {
                    var (supervisor, child) = PidsOf(Path.GetFileName(container));
                    KillGroup(child);
                    KillGroup(supervisor);
                }
            }
        }

        _directory.Dispose();
    }

    private static void KillGroup(int processGroupId)
    {
        foreach (var member in LiveMembersOf(processGroupId))
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(member).Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
