using System.Globalization;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;
using ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

/// <summary>
/// The process driver under test, with a look behind it (the supervisor's pids, process groups in /proc). Disposing kills every
/// process the test started, by the pids its supervisors recorded.
/// </summary>
internal sealed class ProcessRuntimeScope(ContainerRuntimeSettings settings) : ContainerRuntimeScope(settings)
{
    public override string Image => "ignored-by-the-process-driver";

    public new ProcessContainerRuntime Runtime => (ProcessContainerRuntime)base.Runtime;

    public static async Task<ProcessRuntimeScope> OpenAsync(ContainerRuntimeSettings? settings = null)
    {
        var scope = new ProcessRuntimeScope(settings ?? FastSettings());
        await scope.InitializeRuntimeAsync();
        return scope;
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

    protected override async Task<IContainerRuntime> OpenRuntimeAsync() =>
        await ProcessContainerRuntime.OpenAsync(StateDirectory, Settings, HostIp);

    protected override Task KillLeftoversAsync()
    {
        var containers = Path.Combine(StateDirectory, "process", "containers");
        if (Directory.Exists(containers))
        {
            foreach (var container in Directory.EnumerateDirectories(containers))
            {
                if (File.Exists(Path.Combine(container, "pids")))
                {
                    var (supervisor, child) = PidsOf(Path.GetFileName(container));
                    KillGroup(child);
                    Posix.SignalProcess(supervisor, Posix.SigKill);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void KillGroup(int processGroupId)
    {
        foreach (var member in LiveMembersOf(processGroupId))
        {
            Posix.SignalProcess(member, Posix.SigKill);
        }
    }
}
