using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// Names the fields a manifest sets that the product stores but does not act on yet, as concrete paths at the
/// highest level not covered (<c>spec.affinity</c>, <c>spec.template.spec.containers[0].securityContext</c>).
/// Run it on the object as the client sent it, before defaults, so defaulted fields are not reported.
/// </summary>
public static class UnactedFields
{
    public static IReadOnlyList<string> Find(JsonObject manifest, ResourceKind kind)
    {
        var patterns = ActedOnFields.For(kind);
        var found = new List<string>();
        Walk(manifest, "", "", patterns, found);
        return found;
    }

    /// <summary>The warning text for one path, for a <c>Warning: 299 - "..."</c> header.</summary>
    public static string Warning(string path) => $"{path}: stored, but not acted on by this server yet";

    private static void Walk(JsonNode? node, string pattern, string concrete, IReadOnlyList<string> patterns, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Visit(child, Join(pattern, key), Join(concrete, key), patterns, found);
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    Visit(array[index], pattern + "[*]", $"{concrete}[{index}]", patterns, found);
                }

                break;
        }
    }

    private static void Visit(JsonNode? child, string pattern, string concrete, IReadOnlyList<string> patterns, List<string> found)
    {
        if (child is null || patterns.Any(acted => Covers(acted, pattern)))
        {
            return;
        }

        if (patterns.Any(acted => Covers(pattern, acted)))
        {
            Walk(child, pattern, concrete, patterns, found);
        }
        else
        {
            found.Add(concrete);
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    // True when 'path' is 'prefix' or lies below it.
    private static bool Covers(string prefix, string path) =>
        path == prefix || (path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length] is '.' or '[');
}
