using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Host.Client;

/// <summary>Reads the objects of <c>-f FILE|DIR|-</c>: YAML (many documents) or JSON, a kind List flattened into its items.</summary>
internal static class ManifestFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <exception cref="ClientException">a file is missing, unreadable or not a manifest; the message names it.</exception>
    public static IReadOnlyList<JsonObject> Read(IEnumerable<string> sources, TextReader standardInput)
    {
        var objects = new List<JsonObject>();
        foreach (var source in sources)
        {
            foreach (var (name, text) in Texts(source, standardInput))
            {
                objects.AddRange(Parse(name, text));
            }
        }
        return objects.Count > 0 ? objects : throw new ClientException("error: no objects passed to apply");
    }

    private static IEnumerable<(string Name, string Text)> Texts(string source, TextReader standardInput)
    {
        if (source == "-")
        {
            return [("STDIN", standardInput.ReadToEnd())];
        }
        if (Directory.Exists(source))
        {
            return Directory.EnumerateFiles(source)
                .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(file => (file, File.ReadAllText(file)))
                .ToList();
        }
        return File.Exists(source)
            ? [(source, File.ReadAllText(source))]
            : throw new ClientException($"error: the path \"{source}\" does not exist");
    }

    private static IEnumerable<JsonObject> Parse(string name, string text)
    {
        IReadOnlyList<ParsedDocument> documents;
        try
        {
            documents = ManifestDecoder.Parse(text);
        }
        catch (FormatException invalid)
        {
            throw new ClientException($"error: error parsing {name}: {invalid.Message}");
        }

        foreach (var document in documents)
        {
            if (document.Root is null)
            {
                continue;
            }
            if (document.Root is not JsonObject root || root["kind"] is null || root["apiVersion"] is null)
            {
                throw new ClientException($"error: error validating \"{name}\": a manifest needs apiVersion and kind (document {document.DocumentIndex + 1})");
            }
            if ((string?)root["kind"] == "List")
            {
                foreach (var item in (root["items"]?.AsArray() ?? []).OfType<JsonObject>())
                {
                    yield return (JsonObject)item.DeepClone();
                }
                continue;
            }
            yield return root;
        }
    }
}
