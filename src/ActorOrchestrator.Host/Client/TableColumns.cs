using System.Globalization;
using System.Text.Json.Nodes;

namespace ActorOrchestrator.Host.Client;

/// <summary>
/// Turns a <c>meta.k8s.io/v1</c> Table (or, from a server without tables, a plain list) into the header and rows
/// kubectl prints: upper-case names, priority-0 columns unless wide, a NAMESPACE column first across namespaces.
/// </summary>
internal sealed class TableColumns
{
    private readonly List<int> _shown;
    private readonly bool _withNamespace;

    private TableColumns(IReadOnlyList<string> names, List<int> shown, bool withNamespace)
    {
        _shown = shown;
        _withNamespace = withNamespace;
        Header = [.. (withNamespace ? ["NAMESPACE"] : Array.Empty<string>()), .. shown.Select(index => names[index].ToUpperInvariant())];
    }

    public IReadOnlyList<string> Header { get; }

    public static TableColumns From(JsonObject table, bool wide, bool withNamespace)
    {
        if ((string?)table["kind"] != "Table")
        {
            return new TableColumns(["Name", "Age"], [0, 1], withNamespace);
        }

        var definitions = table["columnDefinitions"]?.AsArray() ?? [];
        var names = definitions.Select(column => (string?)column?["name"] ?? "").ToList();
        var shown = Enumerable.Range(0, definitions.Count)
            .Where(index => wide || ((int?)definitions[index]?["priority"] ?? 0) == 0)
            .ToList();
        return new TableColumns(names, shown, withNamespace);
    }

    /// <summary>The rows of a Table answer, or of a plain list answer, as printable cells.</summary>
    public IReadOnlyList<string[]> Rows(JsonObject answer, DateTimeOffset now)
    {
        if ((string?)answer["kind"] == "Table")
        {
            return [.. (answer["rows"]?.AsArray() ?? []).OfType<JsonObject>().Select(Row)];
        }

        return [.. (answer["items"]?.AsArray() ?? []).OfType<JsonObject>().Select(item => PlainRow(item, now))];
    }

    /// <summary>The cells of one Table row (as a watch of tables delivers them).</summary>
    public string[] Row(JsonObject row)
    {
        var cells = row["cells"]?.AsArray() ?? [];
        var values = _shown.Select(index => index < cells.Count ? Cell(cells[index]) : "");
        return [.. (_withNamespace ? [Namespace(row["object"])] : Array.Empty<string>()), .. values];
    }

    private string[] PlainRow(JsonObject item, DateTimeOffset now)
    {
        var created = (string?)item["metadata"]?["creationTimestamp"];
        var age = created is not null && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Age.Format(now - at)
            : "<unknown>";
        string[] cells = [(string?)item["metadata"]?["name"] ?? "", age];
        return [.. (_withNamespace ? [Namespace(item)] : Array.Empty<string>()), .. cells];
    }

    private static string Namespace(JsonNode? item) => (string?)item?["metadata"]?["namespace"] ?? "";

    private static string Cell(JsonNode? cell) => cell switch
    {
        null => "<none>",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        JsonValue value => value.ToJsonString(),
        _ => cell.ToJsonString(),
    };
}
