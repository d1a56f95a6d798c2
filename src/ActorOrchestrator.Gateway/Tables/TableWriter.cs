using System.Text.Json;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.Gateway.Tables;

/// <summary>Writes meta.k8s.io/v1 Tables: a list or one object as rows, with the kind's columns.</summary>
internal static class TableWriter
{
    public static IncludeObject ParseIncludeObject(string? value) => value switch
    {
        null or "" or "Metadata" => IncludeObject.Metadata,
        "None" => IncludeObject.None,
        "Object" => IncludeObject.Object,
        _ => throw StatusException.BadRequest($"includeObject must be \"None\", \"Metadata\" or \"Object\", not \"{value}\""),
    };

    public static void Write(
        Utf8JsonWriter writer, ResourceKind kind, IReadOnlyList<ViewObject> rows, ListMeta metadata, bool withColumns, IncludeObject include, DateTimeOffset now)
    {
        var layout = TableLayouts.For(kind);
        writer.WriteStartObject();
        writer.WriteString("kind", "Table");
        writer.WriteString("apiVersion", "meta.k8s.io/v1");
        writer.WriteStartObject("metadata");
        if (metadata.ResourceVersion is { } resourceVersion)
        {
            writer.WriteString("resourceVersion", resourceVersion);
        }

        if (metadata.Continue is { } continueToken)
        {
            writer.WriteString("continue", continueToken);
        }

        if (metadata.RemainingItemCount is { } remaining)
        {
            writer.WriteNumber("remainingItemCount", remaining);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("columnDefinitions");
        foreach (var column in withColumns ? layout.Columns : [])
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("type", column.Type);
            writer.WriteString("format", column.Format);
            writer.WriteString("description", column.Description);
            writer.WriteNumber("priority", column.Priority);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var row in rows)
        {
            WriteRow(writer, layout, row, include, now);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter writer, TableLayout layout, ViewObject row, IncludeObject include, DateTimeOffset now)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("cells");
        foreach (var cell in layout.Cells(row.ToObject(), now))
        {
            switch (cell)
            {
                case int number:
                    writer.WriteNumberValue(number);
                    break;
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                default:
                    writer.WriteStringValue(cell?.ToString() ?? "");
                    break;
            }
        }

        writer.WriteEndArray();
        switch (include)
        {
            case IncludeObject.Object:
                writer.WritePropertyName("object");
                writer.WriteRawValue(row.Json.Span, skipInputValidation: true);
                break;
            case IncludeObject.Metadata:
                using (var document = JsonDocument.Parse(row.Json))
                {
                    writer.WriteStartObject("object");
                    writer.WriteString("kind", "PartialObjectMetadata");
                    writer.WriteString("apiVersion", "meta.k8s.io/v1");
                    if (document.RootElement.TryGetProperty("metadata", out var metadata))
                    {
                        writer.WritePropertyName("metadata");
                        metadata.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }

                break;
        }

        writer.WriteEndObject();
    }
}
