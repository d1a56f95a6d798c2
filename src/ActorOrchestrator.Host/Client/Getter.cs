using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Host.Client;

/// <summary><c>get</c>: lists or fetches objects and prints them as kubectl does, optionally watching for changes.</summary>
internal sealed record Getter(ResourceKind Kind, string? Name, string? Namespace, string? Selector, string Format, bool Watch)
{
    public async Task<int> RunAsync(ClientContext context, CancellationToken cancellationToken)
    {
        var human = Format is "" or "wide";
        var accept = human ? ApiClient.TableAccept : "application/json";
        var answer = await context.Api.GetAsync(Path(watch: false, resourceVersion: null), cancellationToken, accept).ConfigureAwait(false);
        var columns = human ? TableColumns.From(answer, Format == "wide", Kind.Namespaced && Namespace is null) : null;
        var writer = new ColumnWriter(context.Output);

        if (columns is not null)
        {
            var rows = columns.Rows(answer, DateTimeOffset.UtcNow);
            if (rows.Count == 0 && !Watch)
            {
                await context.Error.WriteLineAsync(NoneFound()).ConfigureAwait(false);
                return 0;
            }
            writer.Write([columns.Header, .. rows]);
        }
        else
        {
            var objects = (string?)answer["kind"] is { } kind && kind.EndsWith("List", StringComparison.Ordinal)
                ? ObjectPrinter.Items(answer, Kind)
                : [ObjectPrinter.WithType(answer, Kind)];
            ObjectPrinter.Write(context.Output, Format, Kind, objects, single: Name is not null);
        }
        await context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);

        if (Watch)
        {
            await WatchAsync(context, answer, columns, writer, cancellationToken).ConfigureAwait(false);
        }
        return 0;
    }

    private async Task WatchAsync(ClientContext context, JsonObject answer, TableColumns? columns, ColumnWriter writer, CancellationToken cancellationToken)
    {
        var resourceVersion = (string?)answer["metadata"]?["resourceVersion"];
        var accept = columns is not null ? ApiClient.TableAccept : "application/json";
        await using var stream = await context.Api.OpenStreamAsync(Path(watch: true, resourceVersion), accept, cancellationToken).ConfigureAwait(false);
        await foreach (var (type, changed) in WatchStream.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            if (type == "BOOKMARK")
            {
                continue;
            }
            if (columns is not null)
            {
                writer.Write((string?)changed["kind"] == "Table"
                    ? [.. (changed["rows"]?.AsArray() ?? []).OfType<JsonObject>().Select(columns.Row)]
                    : columns.Rows(new JsonObject { ["items"] = new JsonArray(changed.DeepClone()) }, DateTimeOffset.UtcNow));
            }
            else
            {
                ObjectPrinter.Write(context.Output, Format, Kind, [ObjectPrinter.WithType(changed, Kind)], single: true);
            }
            await context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private string Path(bool watch, string? resourceVersion)
    {
        var query = new List<string>();
        if (Selector is not null)
        {
            query.Add("labelSelector=" + Uri.EscapeDataString(Selector));
        }
        if (watch)
        {
            query.Add("watch=true");
            if (Name is not null)
            {
                query.Add("fieldSelector=" + Uri.EscapeDataString($"metadata.name={Name}"));
            }
            if (resourceVersion is not null)
            {
                query.Add("resourceVersion=" + Uri.EscapeDataString(resourceVersion));
            }
        }
        var path = KindNames.PathOf(Kind, Namespace, watch ? null : Name);
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    private string NoneFound() =>
        Kind.Namespaced && Namespace is not null ? $"No resources found in {Namespace} namespace." : "No resources found";
}
