using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.Gateway.Tables;

/// <summary>Deployments (NAME READY UP-TO-DATE AVAILABLE AGE) and ReplicaSets (NAME DESIRED CURRENT READY AGE), both with CONTAINERS IMAGES SELECTOR wide.</summary>
internal static class WorkloadTables
{
    public static TableLayout Deployment { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Text("Ready", "Number of the pod with ready state"),
        TableColumn.Integer("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
        TableColumn.Integer("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
        TableColumn.Age,
        .. WideColumns(),
    ], (resource, now) =>
    {
        var deployment = (Deployment)resource;
        var status = deployment.Status;
        return
        [
            deployment.Metadata.Name ?? "",
            $"{status?.ReadyReplicas ?? 0}/{deployment.Spec.Replicas ?? 0}",
            status?.UpdatedReplicas ?? 0,
            status?.AvailableReplicas ?? 0,
            TableLayout.Age(deployment, now),
            .. WideCells(deployment.Spec.Template, deployment.Spec.Selector),
        ];
    });

    public static TableLayout ReplicaSet { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Integer("Desired", "Replicas is the number of desired pods."),
        TableColumn.Integer("Current", "Replicas is the most recently observed number of replicas."),
        TableColumn.Integer("Ready", "The number of ready replicas for this replica set."),
        TableColumn.Age,
        .. WideColumns(),
    ], (resource, now) =>
    {
        var replicaSet = (ReplicaSet)resource;
        return
        [
            replicaSet.Metadata.Name ?? "",
            replicaSet.Spec.Replicas ?? 0,
            replicaSet.Status?.Replicas ?? 0,
            replicaSet.Status?.ReadyReplicas ?? 0,
            TableLayout.Age(replicaSet, now),
            .. WideCells(replicaSet.Spec.Template, replicaSet.Spec.Selector),
        ];
    });

    private static TableColumn[] WideColumns() =>
    [
        TableColumn.Text("Containers", "Names of each container in the template.", 1),
        TableColumn.Text("Images", "Images referenced by each container in the template.", 1),
        TableColumn.Text("Selector", "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.", 1),
    ];

    private static object[] WideCells(PodTemplateSpec? template, LabelSelector? selector)
    {
        var containers = template?.Spec.Containers ?? [];
        return
        [
            TableLayout.Joined(containers.Select(container => container.Name)),
            TableLayout.Joined(containers.Select(container => container.Image)),
            SelectorText(selector),
        ];
    }

    /// <summary>A label selector as text (<c>app=web,tier in (a,b)</c>); <c>&lt;none&gt;</c> when it selects everything.</summary>
    public static string SelectorText(LabelSelector? selector)
    {
        var matcher = LabelMatcher.FromLabelSelector(selector);
        return matcher.IsEverything || selector is null ? TableLayout.None : matcher.ToString();
    }
}
