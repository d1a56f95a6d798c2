namespace ActorOrchestrator.Host.Tests.EndToEnd;

/// <summary>Finds the processes of containers by their exact command line, straight from /proc.</summary>
internal static class ContainerProcesses
{
    /// <summary>Process ids whose argv is <paramref name="argv"/>, the program matched by file name (the runtime resolves it on PATH).</summary>
    public static IReadOnlyList<int> Find(IReadOnlyList<string> argv)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            try
            {
                var running = File.ReadAllText(Path.Combine(directory, "cmdline")).TrimEnd('\0').Split('\0');
                if (Matches(running, argv) && !IsZombie(directory))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }
        return found;
    }

    /// <summary>Waits until exactly <paramref name="count"/> such processes run; fails with what it saw otherwise.</summary>
    public static async Task<IReadOnlyList<int>> WaitForCountAsync(IReadOnlyList<string> argv, int count, TimeSpan timeout, string step)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = Find(argv);
            if (found.Count == count)
            {
                return found;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{step}: expected {count} container process(es) running `{string.Join(' ', argv)}`, found {found.Count} after {timeout.TotalSeconds} s");
            }
            await Task.Delay(100);
        }
    }

    private static bool Matches(string[] running, IReadOnlyList<string> argv) =>
        running.Length == argv.Count
        && Path.GetFileName(running[0]) == Path.GetFileName(argv[0])
        && running.Skip(1).SequenceEqual(argv.Skip(1), StringComparer.Ordinal);

    private static bool IsZombie(string directory)
    {
        var stat = File.ReadAllText(Path.Combine(directory, "stat"));
        var afterName = stat.LastIndexOf(')');
        return afterName > 0 && stat.Length > afterName + 2 && stat[afterName + 2] is 'Z' or 'X';
    }
}
