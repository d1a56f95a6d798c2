using System.Text.Json.Nodes;

namespace ActorOrchestrator.Host.Client;

/// <summary>The describe sections of pods, deployments and replica sets.</summary>
internal static partial class Describer
{
    private static void Pod(DescribeWriter writer, JsonObject pod)
    {
        var spec = pod["spec"];
        var status = pod["status"];
        writer.Line(0, "Node", (string?)spec?["nodeName"] ?? "<none>");
        writer.Line(0, "Start Time", (string?)status?["startTime"] ?? "<none>");
        writer.Line(0, "Status", (string?)status?["phase"] ?? "Unknown");
        writer.Line(0, "IP", (string?)status?["podIP"] ?? "<none>");
        ControlledBy(writer, pod);
        var statuses = (status?["containerStatuses"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        writer.Heading(0, "Containers");
        foreach (var container in (spec?["containers"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            var name = (string?)container["name"] ?? "";
            writer.Heading(1, name);
            writer.Line(2, "Image", (string?)container["image"] ?? "");
            if (container["command"] is JsonArray command)
            {
                writer.Line(2, "Command", string.Join(' ', command.Select(part => (string?)part)));
            }
            if (container["args"] is JsonArray arguments)
            {
                writer.Line(2, "Args", string.Join(' ', arguments.Select(part => (string?)part)));
            }
            var containerStatus = statuses.FirstOrDefault(candidate => (string?)candidate["name"] == name);
            writer.Line(2, "State", StateText(containerStatus?["state"]));
            if (containerStatus?["lastState"] is JsonObject { Count: > 0 } last)
            {
                writer.Line(2, "Last State", StateText(last));
            }
            writer.Line(2, "Ready", ((bool?)containerStatus?["ready"] ?? false) ? "True" : "False");
            writer.Line(2, "Restart Count", ((int?)containerStatus?["restartCount"] ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Conditions(writer, status);
    }

    private static void Deployment(DescribeWriter writer, JsonObject deployment)
    {
        var spec = deployment["spec"];
        var status = deployment["status"];
        writer.Line(0, "Selector", Selector(spec?["selector"]));
        writer.Line(0, "Replicas",
            $"{(int?)spec?["replicas"] ?? 1} desired | {(int?)status?["updatedReplicas"] ?? 0} updated | {(int?)status?["replicas"] ?? 0} total | {(int?)status?["availableReplicas"] ?? 0} available | {(int?)status?["unavailableReplicas"] ?? 0} unavailable");
        writer.Line(0, "StrategyType", (string?)spec?["strategy"]?["type"] ?? "RollingUpdate");
        writer.Line(0, "MinReadySeconds", ((int?)spec?["minReadySeconds"] ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (spec?["strategy"]?["rollingUpdate"] is JsonObject rolling)
        {
            writer.Line(0, "RollingUpdateStrategy", $"{rolling["maxUnavailable"]?.ToString() ?? "25%"} max unavailable, {rolling["maxSurge"]?.ToString() ?? "25%"} max surge");
        }
        Template(writer, spec?["template"]);
        Conditions(writer, status);
    }

    private static void ReplicaSet(DescribeWriter writer, JsonObject replicaSet)
    {
        var spec = replicaSet["spec"];
        var status = replicaSet["status"];
        writer.Line(0, "Selector", Selector(spec?["selector"]));
        ControlledBy(writer, replicaSet);
        writer.Line(0, "Replicas", $"{(int?)status?["replicas"] ?? 0} current / {(int?)spec?["replicas"] ?? 1} desired");
        writer.Line(0, "Pods Status", $"{(int?)status?["readyReplicas"] ?? 0} Running");
        Template(writer, spec?["template"]);
        Conditions(writer, status);
    }

    private static void Template(DescribeWriter writer, JsonNode? template)
    {
        writer.Heading(0, "Pod Template");
        Map(writer, 1, "Labels", template?["metadata"]?["labels"] as JsonObject);
        writer.Heading(1, "Containers");
        foreach (var container in (template?["spec"]?["containers"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            writer.Heading(2, (string?)container["name"] ?? "");
            writer.Line(3, "Image", (string?)container["image"] ?? "");
            if (container["command"] is JsonArray command)
            {
                writer.Line(3, "Command", string.Join(' ', command.Select(part => (string?)part)));
            }
        }
    }

    private static void ControlledBy(DescribeWriter writer, JsonObject item)
    {
        var owner = (item["metadata"]?["ownerReferences"]?.AsArray() ?? []).FirstOrDefault(reference => (bool?)reference?["controller"] == true);
        if (owner is not null)
        {
            writer.Line(0, "Controlled By", $"{(string?)owner["kind"]}/{(string?)owner["name"]}");
        }
    }

    private static void Conditions(DescribeWriter writer, JsonNode? status)
    {
        var conditions = (status?["conditions"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        if (conditions.Count == 0)
        {
            return;
        }
        writer.Heading(0, "Conditions");
        writer.Text(1, "Type  Status  Reason");
        foreach (var condition in conditions)
        {
            writer.Text(1, $"{(string?)condition["type"]}  {(string?)condition["status"]}  {(string?)condition["reason"] ?? ""}".TrimEnd());
        }
    }

    private static string Selector(JsonNode? selector) =>
        selector?["matchLabels"] is JsonObject labels && labels.Count > 0
            ? string.Join(',', labels.Select(entry => $"{entry.Key}={(string?)entry.Value}"))
            : "<none>";

    private static string StateText(JsonNode? state) => state switch
    {
        JsonObject running when running["running"] is JsonObject r => $"Running (started {(string?)r["startedAt"]})",
        JsonObject waiting when waiting["waiting"] is JsonObject w => $"Waiting ({(string?)w["reason"] ?? "waiting"})",
        JsonObject terminated when terminated["terminated"] is JsonObject t => $"Terminated ({(string?)t["reason"] ?? "Completed"}, exit code {(int?)t["exitCode"] ?? 0})",
        _ => "Waiting",
    };
}
