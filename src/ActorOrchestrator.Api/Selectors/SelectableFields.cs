using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Selectors;

/// <summary>
/// The fields each kind can be selected on, as the Kubernetes API server offers them
/// (<c>metadata.name</c> and <c>metadata.namespace</c> everywhere, <c>spec.nodeName</c> on pods, <c>involvedObject.*</c> on events ...).
/// </summary>
public static class SelectableFields
{
    private static readonly string[] Common = ["metadata.name", "metadata.namespace"];

    private static readonly Dictionary<string, string[]> PerKind = new()
    {
        ["Pod"] = ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"],
        ["Node"] = ["spec.unschedulable"],
        ["Namespace"] = ["status.phase"],
        ["Secret"] = ["type"],
        ["ReplicaSet"] = ["status.replicas"],
        ["Event"] =
        [
            "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
            "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type",
        ],
    };

    public static IReadOnlySet<string> Supported(ResourceKind kind) =>
        new HashSet<string>(Common.Concat(PerKind.GetValueOrDefault(kind.Kind, [])), StringComparer.Ordinal);

    /// <summary>The selectable fields of an object and their values as strings.</summary>
    public static IReadOnlyDictionary<string, string> Of(IKubernetesObject resource)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["metadata.name"] = resource.Metadata.Name ?? "",
            ["metadata.namespace"] = resource.Metadata.Namespace ?? "",
        };
        switch (resource)
        {
            case Pod pod:
                fields["spec.nodeName"] = pod.Spec.NodeName ?? "";
                fields["spec.restartPolicy"] = pod.Spec.RestartPolicy ?? "";
                fields["spec.schedulerName"] = pod.Spec.SchedulerName ?? "";
                fields["spec.serviceAccountName"] = pod.Spec.ServiceAccountName ?? "";
                fields["spec.hostNetwork"] = pod.Spec.HostNetwork == true ? "true" : "false";
                fields["status.phase"] = pod.Status?.Phase ?? "";
                fields["status.podIP"] = pod.Status?.PodIP ?? "";
                fields["status.nominatedNodeName"] = pod.Status?.NominatedNodeName ?? "";
                break;
            case Node node:
                fields["spec.unschedulable"] = node.Spec.Unschedulable == true ? "true" : "false";
                break;
            case Core.Namespace ns:
                fields["status.phase"] = ns.Status?.Phase ?? "";
                break;
            case Secret secret:
                fields["type"] = secret.Type ?? "";
                break;
            case Apps.ReplicaSet replicaSet:
                fields["status.replicas"] = (replicaSet.Status?.Replicas ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case Event ev:
                fields["involvedObject.kind"] = ev.InvolvedObject.Kind ?? "";
                fields["involvedObject.namespace"] = ev.InvolvedObject.Namespace ?? "";
                fields["involvedObject.name"] = ev.InvolvedObject.Name ?? "";
                fields["involvedObject.uid"] = ev.InvolvedObject.Uid ?? "";
                fields["involvedObject.apiVersion"] = ev.InvolvedObject.ApiVersion ?? "";
                fields["involvedObject.resourceVersion"] = ev.InvolvedObject.ResourceVersion ?? "";
                fields["involvedObject.fieldPath"] = ev.InvolvedObject.FieldPath ?? "";
                fields["reason"] = ev.Reason ?? "";
                fields["reportingComponent"] = ev.ReportingComponent ?? "";
                fields["source"] = ev.Source?.Component ?? "";
                fields["type"] = ev.Type ?? "";
                break;
        }

        return fields;
    }
}
