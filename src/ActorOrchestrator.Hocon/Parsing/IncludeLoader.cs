using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Parsing;

/// <summary>Loads included files relative to the including one, and refuses include cycles.</summary>
internal sealed class IncludeLoader
{
    private readonly List<string> _open = [];

    /// <summary>Marks a file as being parsed, so that including it again is reported as a cycle.</summary>
    public void Enter(string fullPath) => _open.Add(fullPath);

    public HoconObject? Load(string name, bool required, string directory, HoconPath prefix, ConfigOrigin origin)
    {
        var path = Path.IsPathRooted(name) ? name : Path.Combine(directory, name);
        // A name without extension stands for every format we read, JSON first so HOCON wins.
        string[] candidates = File.Exists(path) ? [path]
            : Path.HasExtension(name) ? []
            : [.. new[] { path + ".json", path + ".conf" }.Where(File.Exists)];
        if (candidates.Length == 0)
        {
            return required
                ? throw new ConfigParseException(origin, $"the required include \"{name}\" was not found (looked for {path})")
                : null;
        }

        HoconObject? merged = null;
        foreach (var candidate in candidates)
        {
            var included = LoadFile(candidate, prefix, origin);
            merged = merged is null ? included : NodeMerger.MergeObjects(merged, included);
        }

        return merged;
    }

    private HoconObject LoadFile(string path, HoconPath prefix, ConfigOrigin origin)
    {
        var fullPath = Path.GetFullPath(path);
        if (_open.Contains(fullPath))
        {
            var cycle = string.Join(" -> ", _open.SkipWhile(open => open != fullPath).Append(fullPath));
            throw new ConfigParseException(origin, $"include cycle: {cycle}");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ConfigParseException(origin, $"cannot read the included file {path}: {error.Message}");
        }

        _open.Add(fullPath);
        try
        {
            return HoconParser.ParseDocument(text, path, Path.GetDirectoryName(fullPath) ?? ".", prefix, this);
        }
        finally
        {
            _open.RemoveAt(_open.Count - 1);
        }
    }
}
