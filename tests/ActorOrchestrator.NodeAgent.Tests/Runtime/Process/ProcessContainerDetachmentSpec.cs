using System.Diagnostics;
using System.Globalization;
using ActorOrchestrator.NodeAgent.Logs;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

/// <summary>What lets containers outlive the agent: no pipe into it, sessions of their own, output on disk that stays small.</summary>
public sealed class ProcessContainerDetachmentSpec : IAsyncLifetime
{
    private const int ParentField = 1;
    private const int SessionField = 3;

    private ProcessRuntimeScope _scope = null!;

    public async Task InitializeAsync() => _scope = await ProcessRuntimeScope.OpenAsync();

    public async Task DisposeAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task A_container_holds_no_pipe_into_the_runtime_and_its_supervisor_is_no_child_of_it()
    {
        var id = await _scope.RunAsync("server", "sleep", "300");
        var (supervisor, child) = _scope.PidsOf(id);
        var directory = _scope.ContainerDirectory(id);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (new FileInfo($"/proc/{child}/exe").LinkTarget?.EndsWith("/sleep", StringComparison.Ordinal) != true)
        {
            Assert.True(DateTime.UtcNow < deadline, "the container's process never became sleep");
            await Task.Delay(10);
        }

        Assert.Equal(["/dev/null", Path.Combine(directory, "stdout"), Path.Combine(directory, "stderr")], StandardStreamsOf(child));
        Assert.Equal(["/dev/null", "/dev/null", Path.Combine(directory, "supervisor.err")], StandardStreamsOf(supervisor));
        Assert.Equal(child, FieldOf(child, SessionField));
        Assert.NotEqual(FieldOf(Environment.ProcessId, SessionField), FieldOf(supervisor, SessionField));
        Assert.NotEqual(Environment.ProcessId, FieldOf(supervisor, ParentField));
    }

    [Fact]
    public async Task Output_already_in_the_log_is_freed_from_the_capture_file_while_the_container_runs()
    {
        var id = await _scope.RunAsync("chatty", "sh", "-c", "yes output-line 2>/dev/null | head -c 3145728; echo done; sleep 300");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await _scope.LogOfAsync(id, new ContainerLogReadOptions { TailLines = 1 }) != "done\n")
        {
            Assert.True(DateTime.UtcNow < deadline, "the output never reached the log");
            await Task.Delay(50);
        }

        var capture = Path.Combine(_scope.ContainerDirectory(id), "stdout");
        Assert.True(new FileInfo(capture).Length > 3_000_000);
        Assert.True(AllocatedBytes(capture) < 1_100_000, $"the capture file still occupies {AllocatedBytes(capture)} bytes");
    }

    private static List<string> StandardStreamsOf(int pid) =>
        Enumerable.Range(0, 3).Select(fd => new FileInfo($"/proc/{pid}/fd/{fd}").LinkTarget ?? "").ToList();

    /// <summary>A field of /proc/pid/stat counted from the state (0) after the command name.</summary>
    private static int FieldOf(int pid, int field)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[field], CultureInfo.InvariantCulture);
    }

    private static long AllocatedBytes(string file)
    {
        using var stat = System.Diagnostics.Process.Start(new ProcessStartInfo("stat", ["--format=%b %B", file]) { RedirectStandardOutput = true })!;
        var parts = stat.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.TrimEntries);
        stat.WaitForExit();
        return long.Parse(parts[0], CultureInfo.InvariantCulture) * long.Parse(parts[1], CultureInfo.InvariantCulture);
    }
}
