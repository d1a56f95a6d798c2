namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>Finds the executable of a container's command as exec would, failing with the messages Kubernetes users know.</summary>
internal static class CommandResolver
{
    /// <summary>PATH used when the container's environment has none.</summary>
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /// <summary>
    /// The absolute path of <paramref name="command"/>: a name with '/' is taken relative to <paramref name="workingDirectory"/>,
    /// any other is looked up on <paramref name="pathVariable"/>.
    /// </summary>
    /// <exception cref="ContainerRuntimeException">reason RunContainerError: not found, a directory, or not executable.</exception>
    public static string Resolve(string command, string? pathVariable, string workingDirectory)
    {
        if (command.Length == 0)
        {
            throw Failure(command, "no command specified");
        }

        if (command.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(command, workingDirectory);
            return Directory.Exists(path) ? throw Failure(command, "is a directory")
                : !File.Exists(path) ? throw Failure(command, $"stat {command}: no such file or directory")
                : Posix.IsExecutable(path) ? path
                : throw Failure(command, "permission denied");
        }

        var denied = false;
        foreach (var directory in (string.IsNullOrEmpty(pathVariable) ? DefaultPath : pathVariable).Split(':'))
        {
            var candidate = Path.GetFullPath(Path.Combine(directory.Length == 0 ? "." : directory, command), workingDirectory);
            if (File.Exists(candidate))
            {
                if (Posix.IsExecutable(candidate))
                {
                    return candidate;
                }

                denied = true;
            }
        }

        throw Failure(command, denied ? "permission denied" : "executable file not found in $PATH");
    }

    private static ContainerRuntimeException Failure(string command, string problem) =>
        new(RuntimeReasons.RunContainerError, $"exec: \"{command}\": {problem}");
}
