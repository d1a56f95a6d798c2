namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>
/// spec.activeDeadlineSeconds: a pod active on the node longer than that has its containers stopped and fails with
/// reason DeadlineExceeded, as kubelet does; nothing of it runs again.
/// </summary>
internal sealed partial class PodWorker
{
    private const string DeadlineTimer = "deadline";
    private const string DeadlineExceeded = "DeadlineExceeded";
    private const string DeadlineExceededMessage = "Pod was active on the node longer than the specified deadline";

    private bool _deadlineExceeded;

    /// <summary>True once the deadline has passed (the containers are then stopped); otherwise arms a timer for it.</summary>
    private async Task<bool> DeadlineExceededAsync()
    {
        if (_deadlineExceeded)
        {
            return true;
        }

        if (_pod.Spec.ActiveDeadlineSeconds is not { } seconds || _startTime is not { } start || !ShouldRun())
        {
            return false;
        }

        var deadline = start + TimeSpan.FromSeconds(Math.Max(0, seconds));
        if (Now < deadline)
        {
            Timers.StartSingleTimer(DeadlineTimer, SyncPod.Instance, deadline - Now);
            return false;
        }

        _deadlineExceeded = true;
        Record("Warning", DeadlineExceeded, DeadlineExceededMessage);
        foreach (var name in _probes.Keys.ToArray())
        {
            StopProbes(name);
        }

        await StopContainersAsync();
        return true;
    }
}
