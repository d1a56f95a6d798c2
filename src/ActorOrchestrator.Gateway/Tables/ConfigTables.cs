using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Gateway.Tables;

/// <summary>ConfigMaps (NAME DATA AGE), Secrets (NAME TYPE DATA AGE) and Events (LAST SEEN TYPE REASON OBJECT MESSAGE | ...).</summary>
internal static class ConfigTables
{
    public static TableLayout ConfigMap { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Integer("Data", "Number of data entries"),
        TableColumn.Age,
    ], (resource, now) =>
    {
        var configMap = (ConfigMap)resource;
        return [configMap.Metadata.Name ?? "", (configMap.Data?.Count ?? 0) + (configMap.BinaryData?.Count ?? 0), TableLayout.Age(configMap, now)];
    });

    public static TableLayout Secret { get; } = new(
    [
        TableColumn.NameColumn,
        TableColumn.Text("Type", "The type of the secret"),
        TableColumn.Integer("Data", "The number of data entries in the secret"),
        TableColumn.Age,
    ], (resource, now) =>
    {
        var secret = (Secret)resource;
        return [secret.Metadata.Name ?? "", secret.Type ?? "Opaque", (secret.Data?.Count ?? 0) + (secret.StringData?.Count ?? 0), TableLayout.Age(secret, now)];
    });

    public static TableLayout Event { get; } = new(
    [
        TableColumn.Text("Last Seen", "Time when last event occurred"),
        TableColumn.Text("Type", "Type of this event (Normal, Warning), new types could be added in the future."),
        TableColumn.Text("Reason", "Reason why the action was taken."),
        TableColumn.Text("Object", "The object that this event is about."),
        TableColumn.Text("Message", "A human-readable description of the status of this operation."),
        TableColumn.Text("Subobject", "The subobject (field path) that this event is about.", 1),
        TableColumn.Text("Source", "The component reporting this event.", 1),
        TableColumn.Text("First Seen", "Time when first event occurred", 1),
        TableColumn.Integer("Count", "The number of times this event has occurred.", 1),
        new("Name", "string", "name", "Name must be unique within a namespace.", 1),
    ], (resource, now) =>
    {
        var ev = (Event)resource;
        var last = ev.Series?.LastObservedTime ?? ev.LastTimestamp ?? ev.EventTime ?? ev.FirstTimestamp;
        var first = ev.FirstTimestamp ?? ev.EventTime;
        var involved = ev.InvolvedObject;
        var source = ev.Source?.Component ?? ev.ReportingComponent ?? "";
        if (ev.Source?.Host is { Length: > 0 } host)
        {
            source = $"{source}, {host}";
        }

        return
        [
            TableLayout.Since(last, now),
            ev.Type ?? "",
            ev.Reason ?? "",
            $"{involved.Kind?.ToLowerInvariant()}/{involved.Name}",
            ev.Message ?? "",
            involved.FieldPath ?? "",
            source,
            TableLayout.Since(first, now),
            ev.Series?.Count ?? ev.Count ?? 1,
            ev.Metadata.Name ?? "",
        ];
    });
}
