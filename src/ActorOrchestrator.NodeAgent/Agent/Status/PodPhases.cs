namespace ActorOrchestrator.NodeAgent.Agent.Status;

/// <summary>The pod phase as kubelet's <c>getPhase</c> computes it from its containers.</summary>
internal static class PodPhases
{
    public const string Pending = "Pending";
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    public static string Compute(string restartPolicy, IReadOnlyList<ContainerRecord> initContainers, IReadOnlyList<ContainerRecord> containers)
    {
        var pendingInitialization = false;
        var failedInitialization = false;
        foreach (var init in initContainers)
        {
            if (init.Succeeded)
            {
                continue;
            }

            if (init.State.Terminated is not null || init.LastTerminated is { ExitCode: not 0 })
            {
                failedInitialization = true;
            }
            else
            {
                pendingInitialization = true;
            }
        }

        if (failedInitialization && restartPolicy == Restarts.RestartRules.Never)
        {
            return Failed;
        }

        if (pendingInitialization || failedInitialization)
        {
            return Pending;
        }

        int running = 0, waiting = 0, stopped = 0, succeeded = 0;
        foreach (var container in containers)
        {
            if (container.IsRunning)
            {
                running++;
            }
            else if (container.State.Terminated is { } terminated)
            {
                stopped++;
                succeeded += terminated.ExitCode == 0 ? 1 : 0;
            }
            else if (container.LastTerminated is not null)
            {
                // Waiting to be restarted after it terminated.
                stopped++;
            }
            else
            {
                waiting++;
            }
        }

        if (waiting > 0)
        {
            return Pending;
        }

        if (running > 0)
        {
            return Running;
        }

        if (stopped == 0)
        {
            return Pending;
        }

        if (restartPolicy == Restarts.RestartRules.Always)
        {
            return Running;
        }

        if (stopped == succeeded && containers.All(container => container.IsTerminated))
        {
            return Succeeded;
        }

        return restartPolicy == Restarts.RestartRules.Never ? Failed : Running;
    }
}
