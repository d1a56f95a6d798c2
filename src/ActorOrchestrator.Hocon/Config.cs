using ActorOrchestrator.Hocon.Parsing;
using ActorOrchestrator.Hocon.Rendering;
using ActorOrchestrator.Hocon.Resolution;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon;

/// <summary>
/// An immutable HOCON configuration. Parse sources, layer them with <see cref="WithFallback"/>, then read values:
/// substitutions are resolved against the whole layered document (then environment variables) on first read,
/// or explicitly with <see cref="Resolve"/> to surface errors early.
/// </summary>
public sealed partial class Config
{
    private readonly HoconObject _root;
    private readonly string _location;
    private readonly Lazy<HoconObject> _resolved;

    private Config(HoconObject root, string location, HoconObject? resolved)
    {
        _root = root;
        _location = location;
        _resolved = resolved is not null
            ? new Lazy<HoconObject>(resolved)
            : new Lazy<HoconObject>(() => Resolver.Resolve(root, Environment.GetEnvironmentVariable));
    }

    public static Config Empty { get; } = FromRoot(HoconObject.Empty(ConfigOrigin.Named("empty configuration")));

    /// <summary>The keys of this configuration's top-level object, in the order they were written.</summary>
    public IReadOnlyList<string> Keys => Resolved.Keys;

    private HoconObject Resolved => _resolved.Value;

    /// <summary>Parses HOCON text; relative includes are looked up in the current directory.</summary>
    public static Config ParseString(string text, string sourceName = "string")
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromRoot(HoconParser.ParseDocument(text, sourceName, Directory.GetCurrentDirectory(), HoconPath.Root, new IncludeLoader()));
    }

    /// <summary>Parses a HOCON (or JSON) file; positions in messages use <paramref name="path"/> as given.</summary>
    public static Config ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var reason = error is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : error.Message;
            throw new ConfigParseException(ConfigOrigin.Named(path), $"cannot read the configuration file: {reason}");
        }

        var fullPath = Path.GetFullPath(path);
        var includes = new IncludeLoader();
        includes.Enter(fullPath);
        return FromRoot(HoconParser.ParseDocument(text, path, Path.GetDirectoryName(fullPath) ?? ".", HoconPath.Root, includes));
    }

    /// <summary>
    /// A configuration holding one value at <paramref name="path"/>. The text is read as a HOCON value
    /// (<c>8080</c> is a number, <c>[a, b]</c> a list, <c>${x}</c> a substitution); text that is not one
    /// complete value (<c>http://host</c>) is taken as a literal string.
    /// </summary>
    public static Config FromValue(string path, string valueText, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(valueText);
        var parsedPath = HoconPath.Parse(path);
        var origin = ConfigOrigin.Named(sourceName);
        var value = HoconParser.TryParseValue(valueText, sourceName, parsedPath) ?? HoconScalar.String(valueText, origin);
        var builder = new ObjectBuilder();
        builder.SetPath(parsedPath, value, origin);
        return FromRoot(builder.Build(origin));
    }

    /// <summary>This configuration over <paramref name="fallback"/>: values here win, objects merge.</summary>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new Config(NodeMerger.MergeObjects(fallback._root, _root), _location, null);
    }

    /// <summary>
    /// Resolves every substitution now; one not found in the configuration is looked up with
    /// <paramref name="environment"/> (default: the process environment).
    /// </summary>
    public Config Resolve(Func<string, string?>? environment = null)
    {
        var resolved = environment is null ? Resolved : Resolver.Resolve(_root, environment);
        return new Config(resolved, _location, resolved);
    }

    /// <summary>Every leaf of the configuration as written (before resolution), with where it was written.</summary>
    public IReadOnlyList<ConfigEntry> Entries()
    {
        var entries = new List<ConfigEntry>();
        CollectEntries(_root, HoconPath.Root, entries);
        return entries;
    }

    /// <summary>
    /// The entries whose path <paramref name="reference"/> does not declare. An empty object in the
    /// reference declares an open section: anything below it is accepted; a list declares its elements
    /// by index (<c>roles.0</c>), as lists may be written as objects with numeric keys.
    /// </summary>
    public IReadOnlyList<ConfigEntry> EntriesNotDeclaredIn(Config reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return [.. Entries().Where(entry => !Declares(reference._root, entry.Segments))];
    }

    /// <summary>The resolved configuration as HOCON text.</summary>
    public string ToHocon() => HoconRenderer.Render(Resolved);

    /// <summary>The resolved configuration as indented JSON.</summary>
    public string ToJson() => JsonRenderer.Render(Resolved);

    private static Config FromRoot(HoconObject root) => new(root, "", null);

    private void CollectEntries(HoconNode node, HoconPath path, List<ConfigEntry> entries)
    {
        var obj = node as HoconObject ?? (node as HoconMergeStack)?.Layers[^1] as HoconObject;
        if (obj is { Count: > 0 })
        {
            foreach (var key in obj.Keys)
            {
                CollectEntries(obj[key], path.Append(key), entries);
            }
        }
        else if (!path.IsRoot)
        {
            entries.Add(new ConfigEntry(FullPath(path.ToString()), path.Segments, node.Origin));
        }
    }

    private static bool Declares(HoconObject reference, IReadOnlyList<string> segments)
    {
        HoconNode current = reference;
        foreach (var segment in segments)
        {
            if (current is HoconArray)
            {
                return int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
            }

            if (current is not HoconObject obj)
            {
                return false;
            }

            if (obj.Count == 0)
            {
                return true;
            }

            if (!obj.TryGet(segment, out var child))
            {
                return false;
            }

            current = child;
        }

        return true;
    }

    private string FullPath(string relative) => _location.Length == 0 ? relative : $"{_location}.{relative}";
}
