using System.Runtime.InteropServices;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>The few libc calls .NET does not offer: signalling a process group, an executable check, freeing consumed file space.</summary>
internal static class Posix
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private const int ExecuteAccess = 1;
    private const int NoSuchProcess = 3;
    private const int KeepSize = 1;
    private const int PunchHole = 2;
    private const int ClockTicksName = 2;

    /// <summary>Sends <paramref name="signal"/> to every process of the group; false when the group no longer exists.</summary>
    public static bool SignalProcessGroup(int processGroupId, int signal)
    {
        if (kill(-processGroupId, signal) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == NoSuchProcess
            ? false
            : throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, $"kill(-{processGroupId}, {signal}) failed with errno {error}.");
    }

    /// <summary>Sends <paramref name="signal"/> to one process; false when it does not exist (or may not be signalled).</summary>
    public static bool SignalProcess(int processId, int signal) => kill(processId, signal) == 0;

    /// <summary>Whether this process may execute the file.</summary>
    public static bool IsExecutable(string path) => access(path, ExecuteAccess) == 0;

    /// <summary>Frees the disk blocks of a byte range without changing the file's size; false where the file system cannot.</summary>
    public static bool FreeRange(SafeHandle file, long offset, long length) =>
        fallocate((int)file.DangerousGetHandle(), KeepSize | PunchHole, offset, length) == 0;

    /// <summary>Clock ticks per second, the unit of /proc start times.</summary>
    public static long ClockTicksPerSecond()
    {
        var ticks = sysconf(ClockTicksName);
        return ticks > 0 ? ticks : 100;
    }

    // DllImport rather than LibraryImport: blittable signatures need no generated marshalling, and no unsafe code.
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc", SetLastError = true)]
    private static extern int access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int fallocate(int fd, int mode, long offset, long len);

    [DllImport("libc")]
    private static extern long sysconf(int name);
}
