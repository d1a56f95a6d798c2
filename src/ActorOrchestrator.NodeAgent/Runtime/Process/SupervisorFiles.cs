using System.Globalization;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>Reads what the supervisor script writes: <c>pids</c> ("supervisor-pid child-pid") and <c>exit</c> (the exit status).</summary>
internal static class SupervisorFiles
{
    /// <summary>The supervisor's and the container process's pids, once written in full.</summary>
    public static (int Supervisor, int Child)? ReadPids(string pidsFile)
    {
        var parts = ReadText(pidsFile)?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts is { Length: 2 }
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var supervisor)
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var child)
            ? (supervisor, child)
            : null;
    }

    /// <summary>The exit status and when it was written, once written in full.</summary>
    public static (int Code, DateTimeOffset At)? ReadExit(string exitFile)
    {
        var text = ReadText(exitFile);
        return text is not null && int.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var code)
            ? (code, new DateTimeOffset(File.GetLastWriteTimeUtc(exitFile), TimeSpan.Zero))
            : null;
    }

    private static string? ReadText(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var text = File.ReadAllText(file);
            return text.EndsWith('\n') ? text : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
