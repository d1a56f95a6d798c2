using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ActorOrchestrator.Host.Client;

/// <summary>Reads a Kubernetes watch stream: one JSON event (<c>{"type": ..., "object": ...}</c>) per line.</summary>
internal static class WatchStream
{
    public static async IAsyncEnumerable<(string Type, JsonObject Object)> ReadAsync(
        Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0 || JsonNode.Parse(line) is not JsonObject watchEvent)
            {
                continue;
            }
            var type = (string?)watchEvent["type"] ?? "";
            if (type == "ERROR")
            {
                throw new ClientException(ApiClient.ErrorText(watchEvent["object"] as JsonObject, 500, line));
            }
            if (watchEvent["object"] is JsonObject changed)
            {
                yield return (type, changed);
            }
        }
    }
}
