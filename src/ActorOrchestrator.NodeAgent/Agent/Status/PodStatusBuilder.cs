using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.NodeAgent.Agent.Status;

/// <summary>
/// The pod status kubelet would report: phase, conditions (each keeping its lastTransitionTime while its status
/// holds), IPs, start time and container statuses in spec order. Pure: the same inputs give an equal status.
/// </summary>
internal static class PodStatusBuilder
{
    public const string PodScheduled = "PodScheduled";
    public const string PodReadyToStartContainers = "PodReadyToStartContainers";
    public const string Initialized = "Initialized";
    public const string ContainersReady = "ContainersReady";
    public const string Ready = "Ready";

    public static PodStatus Build(Pod pod, PodSnapshot snapshot, DateTimeOffset now)
    {
        var previous = pod.Status;
        var phase = snapshot.FailedReason is not null
            ? PodPhases.Failed
            : PodPhases.Compute(Restarts.RestartRules.PolicyOf(pod.Spec), snapshot.InitContainers, snapshot.Containers);
        var terminal = phase is PodPhases.Succeeded or PodPhases.Failed;
        var conditions = new List<PodCondition>();
        foreach (var kept in previous?.Conditions ?? [])
        {
            if (kept.Type is not (PodScheduled or PodReadyToStartContainers or Initialized or ContainersReady or Ready))
            {
                conditions.Add(kept);
            }
        }

        conditions.Add(Condition(previous, PodReadyToStartContainers, snapshot.SandboxReady && !terminal, null, null, now));
        var incomplete = snapshot.InitContainers.Where(init => !init.Succeeded).Select(init => init.Name).ToArray();
        conditions.Add(incomplete.Length == 0
            ? Condition(previous, Initialized, true, null, null, now)
            : Condition(previous, Initialized, false, "ContainersNotInitialized", $"containers with incomplete status: [{string.Join(' ', incomplete)}]", now));
        var unready = snapshot.Containers.Where(container => !(container.Ready && container.IsRunning)).Select(container => container.Name).ToArray();
        var (reason, message) = unready.Length == 0 ? (null, null)
            : terminal ? ("PodCompleted", (string?)null)
            : ("ContainersNotReady", $"containers with unready status: [{string.Join(' ', unready)}]");
        conditions.Add(Condition(previous, ContainersReady, unready.Length == 0, reason, message, now));
        var gateMessage = UnmetReadinessGate(pod);
        conditions.Add(unready.Length == 0 && gateMessage is not null
            ? Condition(previous, Ready, false, "ReadinessGatesNotReady", gateMessage, now)
            : Condition(previous, Ready, unready.Length == 0, reason, message, now));
        conditions.Add(Condition(previous, PodScheduled, true, null, null, now));
        conditions.Sort((left, right) => Rank(left.Type).CompareTo(Rank(right.Type)));
        return (previous ?? new PodStatus()) with
        {
            Phase = phase,
            Reason = snapshot.FailedReason ?? previous?.Reason,
            Message = snapshot.FailedMessage ?? previous?.Message,
            Conditions = conditions,
            HostIP = snapshot.HostIP,
            HostIPs = [new HostIP { Ip = snapshot.HostIP }],
            PodIP = snapshot.SandboxReady ? snapshot.PodIP : null,
            PodIPs = snapshot.SandboxReady ? [new PodIP { Ip = snapshot.PodIP }] : null,
            StartTime = previous?.StartTime ?? snapshot.StartTime,
            InitContainerStatuses = snapshot.InitContainers.Count == 0 ? null : snapshot.InitContainers.Select(init => init.ToStatus()).ToArray(),
            ContainerStatuses = snapshot.Containers.Select(container => container.ToStatus()).ToArray(),
            QosClass = previous?.QosClass ?? QosClasses.Of(pod.Spec),
        };
    }

    private static string? UnmetReadinessGate(Pod pod)
    {
        foreach (var gate in pod.Spec.ReadinessGates ?? [])
        {
            var condition = pod.Status?.Conditions?.FirstOrDefault(candidate => candidate.Type == gate.ConditionType);
            if (condition is null)
            {
                return $"corresponding condition of pod readiness gate \"{gate.ConditionType}\" does not exist.";
            }

            if (condition.Status != "True")
            {
                return $"the status of pod readiness gate \"{gate.ConditionType}\" is not \"True\", but {condition.Status}";
            }
        }

        return null;
    }

    private static PodCondition Condition(PodStatus? previous, string type, bool status, string? reason, string? message, DateTimeOffset now)
    {
        var text = status ? "True" : "False";
        var before = previous?.Conditions?.FirstOrDefault(condition => condition.Type == type);
        return new PodCondition
        {
            Type = type,
            Status = text,
            Reason = reason,
            Message = message,
            LastProbeTime = null,
            LastTransitionTime = before?.Status == text && before.LastTransitionTime is { } since ? since : now,
        };
    }

    private static int Rank(string? type) => type switch
    {
        PodReadyToStartContainers => 0,
        Initialized => 1,
        Ready => 2,
        ContainersReady => 3,
        PodScheduled => 4,
        _ => 5,
    };
}
