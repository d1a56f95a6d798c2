using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// Per kind, the field paths the product acts on (<c>[*]</c> stands for any list element). A path covers its whole
/// subtree. Every other field is still accepted, stored and returned; <see cref="UnactedFields"/> names the ones a
/// manifest sets so the gateway can warn about them.
/// </summary>
public static class ActedOnFields
{
    private static readonly string[] Always = ["apiVersion", "kind", "metadata", "status"];

    private static readonly string[] Container =
    [
        "name", "image", "imagePullPolicy", "command", "args", "workingDir",
        "env[*].name", "env[*].value",
        "ports[*].name", "ports[*].containerPort", "ports[*].hostPort", "ports[*].protocol",
        "resources.requests", "resources.limits",
        .. Probe("livenessProbe"), .. Probe("readinessProbe"), .. Probe("startupProbe"),
    ];

    private static readonly string[] PodSpec =
    [
        .. Container.Select(field => "containers[*]." + field),
        "restartPolicy", "terminationGracePeriodSeconds", "nodeSelector", "tolerations", "nodeName",
    ];

    private static readonly Dictionary<string, string[]> PerKind = new()
    {
        ["Pod"] = [.. PodSpec.Select(field => "spec." + field)],
        ["Deployment"] =
        [
            "spec.replicas", "spec.selector", "spec.minReadySeconds", "spec.revisionHistoryLimit", "spec.progressDeadlineSeconds", "spec.paused",
            "spec.strategy.type", "spec.strategy.rollingUpdate.maxSurge", "spec.strategy.rollingUpdate.maxUnavailable",
            "spec.template.metadata", .. PodSpec.Select(field => "spec.template.spec." + field),
        ],
        ["ReplicaSet"] =
        [
            "spec.replicas", "spec.selector", "spec.minReadySeconds",
            "spec.template.metadata", .. PodSpec.Select(field => "spec.template.spec." + field),
        ],
        ["Namespace"] = ["spec.finalizers"],
        ["Node"] = ["spec.unschedulable", "spec.taints"],
        ["ConfigMap"] = ["data", "binaryData", "immutable"],
        ["Secret"] = ["data", "stringData", "type", "immutable"],
        ["Event"] =
        [
            "involvedObject", "reason", "message", "source", "firstTimestamp", "lastTimestamp", "count", "type", "eventTime", "series",
            "action", "related", "reportingComponent", "reportingInstance",
        ],
    };

    /// <summary>The acted-on paths of a kind.</summary>
    public static IReadOnlyList<string> For(ResourceKind kind) => [.. Always, .. PerKind.GetValueOrDefault(kind.Kind, [])];

    private static IEnumerable<string> Probe(string name) =>
        new[] { "exec", "httpGet", "tcpSocket", "initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold" }
            .Select(field => $"{name}.{field}");
}
