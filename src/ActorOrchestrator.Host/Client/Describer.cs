using System.Globalization;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Host.Client;

/// <summary><c>describe</c>: an object's fields in kubectl's layout, then the Events about it.</summary>
internal static partial class Describer
{
    public static async Task<int> RunAsync(ClientContext context, ResourceKind kind, string name, CancellationToken cancellationToken)
    {
        var @namespace = kind.Namespaced ? context.Target.Namespace : null;
        var item = await context.Api.GetAsync(KindNames.PathOf(kind, @namespace, name), cancellationToken).ConfigureAwait(false);
        var writer = new DescribeWriter();
        Metadata(writer, item, kind);
        if (kind == ResourceKinds.Pod)
        {
            Pod(writer, item);
        }
        else if (kind == ResourceKinds.Deployment)
        {
            Deployment(writer, item);
        }
        else if (kind == ResourceKinds.ReplicaSet)
        {
            ReplicaSet(writer, item);
        }
        else
        {
            Generic(writer, item);
        }
        writer.WriteTo(context.Output);
        await Events(context, item, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static void Metadata(DescribeWriter writer, JsonObject item, ResourceKind kind)
    {
        var metadata = item["metadata"];
        writer.Line(0, "Name", (string?)metadata?["name"] ?? "");
        if (kind.Namespaced)
        {
            writer.Line(0, "Namespace", (string?)metadata?["namespace"] ?? "");
        }
        if ((string?)metadata?["creationTimestamp"] is { } created)
        {
            writer.Line(0, "CreationTimestamp", DateTimeOffset.Parse(created, CultureInfo.InvariantCulture).ToString("ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture));
        }
        Map(writer, 0, "Labels", metadata?["labels"] as JsonObject);
        Map(writer, 0, "Annotations", metadata?["annotations"] as JsonObject, skip: Applier.LastAppliedAnnotation);
        if ((string?)metadata?["deletionTimestamp"] is { } deleting)
        {
            writer.Line(0, "Terminating", $"since {deleting}");
        }
    }

    private static void Map(DescribeWriter writer, int level, string key, JsonObject? map, string? skip = null)
    {
        var entries = (map ?? []).Where(entry => entry.Key != skip).Select(entry => $"{entry.Key}={(string?)entry.Value}").ToList();
        if (entries.Count == 0)
        {
            writer.Line(level, key, "<none>");
            return;
        }
        writer.Line(level, key, entries[0]);
        foreach (var entry in entries.Skip(1))
        {
            writer.Line(level, "", entry);
        }
    }

    private static void Generic(DescribeWriter writer, JsonObject item)
    {
        foreach (var section in new[] { "spec", "status", "data" })
        {
            if (item[section] is JsonObject fields && fields.Count > 0)
            {
                writer.Heading(0, char.ToUpperInvariant(section[0]) + section[1..]);
                foreach (var (key, value) in fields)
                {
                    writer.Line(1, key, value is JsonValue ? value.ToString() : value?.ToJsonString() ?? "<none>");
                }
            }
        }
    }

    private static async Task Events(ClientContext context, JsonObject item, CancellationToken cancellationToken)
    {
        var uid = (string?)item["metadata"]?["uid"];
        var @namespace = (string?)item["metadata"]?["namespace"] ?? "default";
        var list = await context.Api.TryGetAsync(KindNames.PathOf(ResourceKinds.Event, @namespace), cancellationToken).ConfigureAwait(false);
        var events = (list?["items"]?.AsArray() ?? []).OfType<JsonObject>()
            .Where(found => uid is not null && (string?)found["involvedObject"]?["uid"] == uid)
            .OrderBy(found => (string?)found["lastTimestamp"] ?? (string?)found["eventTime"] ?? "", StringComparer.Ordinal)
            .ToList();
        if (events.Count == 0)
        {
            await context.Output.WriteLineAsync("Events:  <none>").ConfigureAwait(false);
            return;
        }

        await context.Output.WriteLineAsync("Events:").ConfigureAwait(false);
        var now = DateTimeOffset.UtcNow;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "  Type", "Reason", "Age", "From", "Message" },
            new[] { "  ----", "------", "----", "----", "-------" },
        };
        rows.AddRange(events.Select(found => (IReadOnlyList<string>)[
            "  " + ((string?)found["type"] ?? ""),
            (string?)found["reason"] ?? "",
            EventAge(found, now),
            (string?)found["source"]?["component"] ?? (string?)found["reportingComponent"] ?? "",
            (string?)found["message"] ?? "",
        ]));
        new ColumnWriter(context.Output).Write(rows);
    }

    private static string EventAge(JsonObject found, DateTimeOffset now)
    {
        var last = (string?)found["lastTimestamp"] ?? (string?)found["eventTime"];
        var count = (int?)found["count"] ?? 1;
        if (last is null || !DateTimeOffset.TryParse(last, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return "<unknown>";
        }
        var age = Age.Format(now - at);
        if (count <= 1 || (string?)found["firstTimestamp"] is not { } first
            || !DateTimeOffset.TryParse(first, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var firstAt))
        {
            return age;
        }
        return $"{age} (x{count} over {Age.Format(now - firstAt)})";
    }
}
