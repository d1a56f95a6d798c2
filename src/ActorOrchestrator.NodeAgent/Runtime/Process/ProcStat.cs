using System.Globalization;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// What /proc tells about a process: whether it lives (a zombie does not count) and its start time in clock ticks since
/// boot, which with the pid identifies a process for good (a reused pid has a later start time).
/// </summary>
internal static class ProcStat
{
    private static readonly long TicksPerSecond = Posix.ClockTicksPerSecond();

    /// <summary>The start time of a live process in clock ticks since boot; null when no live process has that pid.</summary>
    public static long? StartTicks(int pid) =>
        LiveFields(pid) is { } fields && long.TryParse(fields[19], CultureInfo.InvariantCulture, out var ticks) ? ticks : null;

    /// <summary>The process group of a live process; null when no live process has that pid.</summary>
    public static int? ProcessGroup(int pid) =>
        LiveFields(pid) is { } fields && int.TryParse(fields[2], CultureInfo.InvariantCulture, out var group) ? group : null;

    /// <summary>The fields of /proc/pid/stat after the command name (state first), or null when the process is gone or a zombie.</summary>
    private static string[]? LiveFields(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
        // A process that is exiting may show an empty or cut file: that counts as gone.
        var afterName = stat.LastIndexOf(')') + 2;
        var fields = afterName >= 2 && afterName < stat.Length ? stat[afterName..].Split(' ') : [];
        return fields.Length > 19 && fields[0] is not ("Z" or "X") ? fields : null;
    }

    /// <summary>Whether the process with this pid is alive and is the one that started at <paramref name="startTicks"/> (0: not known, any).</summary>
    public static bool IsAlive(int pid, long startTicks) =>
        pid > 0 && StartTicks(pid) is { } ticks && (startTicks == 0 || ticks == startTicks);

    /// <summary>The wall-clock time of a start time in ticks since boot (to about a second: the boot time has whole seconds).</summary>
    public static DateTimeOffset ToWallClock(long startTicks) =>
        BootTime().AddSeconds((double)startTicks / TicksPerSecond);

    private static DateTimeOffset BootTime()
    {
        foreach (var line in File.ReadLines("/proc/stat"))
        {
            if (line.StartsWith("btime ", StringComparison.Ordinal))
            {
                return DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[6..], CultureInfo.InvariantCulture));
            }
        }

        throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, "/proc/stat has no btime line.");
    }
}
