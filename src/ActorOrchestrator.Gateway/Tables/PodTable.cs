using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Gateway.Tables;

/// <summary>Pods: NAME READY STATUS RESTARTS AGE | IP NODE NOMINATED NODE READINESS GATES, STATUS as kubectl's printer derives it.</summary>
internal static class PodTable
{
    public static TableLayout Layout { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Text("Ready", "The aggregate readiness state of this pod for accepting traffic."),
        TableColumn.Text("Status", "The aggregate status of the containers in this pod."),
        TableColumn.Text("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
        TableColumn.Age,
        TableColumn.Text("IP", "IP address allocated to the pod. Routable at least within the cluster.", 1),
        TableColumn.Text("Node", "NodeName is a request to schedule this pod onto a specific node.", 1),
        TableColumn.Text("Nominated Node", "nominatedNodeName is set only when this pod preempts other pods on the node.", 1),
        TableColumn.Text("Readiness Gates", "If specified, all readiness gates will be evaluated for pod readiness.", 1),
    ], Cells);

    private static object[] Cells(IKubernetesObject resource, DateTimeOffset now)
    {
        var pod = (Pod)resource;
        var statuses = pod.Status?.ContainerStatuses ?? [];
        var total = pod.Spec.Containers?.Count ?? 0;
        var ready = statuses.Count(status => status.Ready == true);
        return
        [
            pod.Metadata.Name ?? "",
            $"{ready}/{total}",
            Reason(pod),
            Restarts(pod, now),
            TableLayout.Age(pod, now),
            TableLayout.OrNone(pod.Status?.PodIP),
            TableLayout.OrNone(pod.Spec.NodeName),
            TableLayout.OrNone(pod.Status?.NominatedNodeName),
            ReadinessGates(pod),
        ];
    }

    private static string Reason(Pod pod)
    {
        var reason = pod.Status?.Reason is { Length: > 0 } podReason ? podReason : pod.Status?.Phase ?? "Pending";
        var initializing = false;
        var initStatuses = pod.Status?.InitContainerStatuses ?? [];
        for (var index = 0; index < initStatuses.Count; index++)
        {
            var state = initStatuses[index].State;
            if (state?.Terminated is { ExitCode: 0 })
            {
                continue;
            }

            initializing = true;
            reason = state switch
            {
                { Terminated: { } terminated } => terminated.Reason is { Length: > 0 } why ? $"Init:{why}"
                    : terminated.Signal is { } signal && signal != 0 ? $"Init:Signal:{signal}" : $"Init:ExitCode:{terminated.ExitCode}",
                { Waiting.Reason: { Length: > 0 } waiting } when waiting != "PodInitializing" => $"Init:{waiting}",
                _ => $"Init:{index}/{pod.Spec.InitContainers?.Count ?? initStatuses.Count}",
            };
            break;
        }

        if (!initializing)
        {
            var hasRunning = false;
            foreach (var status in (pod.Status?.ContainerStatuses ?? []).Reverse())
            {
                switch (status.State)
                {
                    case { Waiting.Reason: { Length: > 0 } waiting }:
                        reason = waiting;
                        break;
                    case { Terminated: { } terminated }:
                        reason = terminated.Reason is { Length: > 0 } why ? why
                            : terminated.Signal is { } signal && signal != 0 ? $"Signal:{signal}" : $"ExitCode:{terminated.ExitCode}";
                        break;
                    case { Running: not null } when status.Ready == true:
                        hasRunning = true;
                        break;
                }
            }

            if (reason == "Completed" && hasRunning)
            {
                reason = pod.Status?.Conditions?.Any(condition => condition.Type == "Ready" && condition.Status == "True") == true ? "Running" : "NotReady";
            }
        }

        return pod.Metadata.DeletionTimestamp is null ? reason : reason == "NodeLost" ? "Unknown" : "Terminating";
    }

    private static string Restarts(Pod pod, DateTimeOffset now)
    {
        var statuses = pod.Status?.ContainerStatuses ?? [];
        var restarts = statuses.Sum(status => status.RestartCount ?? 0);
        var lastRestart = statuses.Select(status => status.LastState?.Terminated?.FinishedAt).Max();
        return restarts > 0 && lastRestart is { } at ? $"{restarts} ({HumanDuration.Format(now - at)} ago)" : $"{restarts}";
    }

    private static string ReadinessGates(Pod pod)
    {
        var gates = pod.Spec.ReadinessGates ?? [];
        if (gates.Count == 0)
        {
            return TableLayout.None;
        }

        var met = gates.Count(gate => pod.Status?.Conditions?.Any(condition => condition.Type == gate.ConditionType && condition.Status == "True") == true);
        return $"{met}/{gates.Count}";
    }
}
