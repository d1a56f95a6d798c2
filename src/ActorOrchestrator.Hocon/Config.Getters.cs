using System.Globalization;
using ActorOrchestrator.Hocon.Resolution;
using ActorOrchestrator.Hocon.Syntax;
using ActorOrchestrator.Hocon.Units;

namespace ActorOrchestrator.Hocon;

public sealed partial class Config
{
    /// <summary>True when a value other than null is configured at the path.</summary>
    public bool HasPath(string path)
    {
        HoconNode current = Resolved;
        foreach (var segment in HoconPath.Parse(path).Segments)
        {
            if (current is not HoconObject obj || !obj.TryGet(segment, out var child))
            {
                return false;
            }

            current = child;
        }

        return current is not HoconScalar { Kind: ScalarKind.Null };
    }

    /// <summary>A string; numbers and booleans are returned as written.</summary>
    public string GetString(string path)
    {
        var (node, fullPath) = Find(path);
        return node is HoconScalar { Kind: not ScalarKind.Null } scalar ? scalar.Text : throw WrongType(fullPath, "a string", node);
    }

    public int GetInt(string path)
    {
        var (node, fullPath) = Find(path);
        var value = GetWholeNumber(node, fullPath);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw WrongType(fullPath, $"a whole number from {int.MinValue} to {int.MaxValue}", node);
    }

    public long GetLong(string path)
    {
        var (node, fullPath) = Find(path);
        var value = GetWholeNumber(node, fullPath);
        return value is >= long.MinValue and <= long.MaxValue
            ? (long)value
            : throw WrongType(fullPath, $"a whole number from {long.MinValue} to {long.MaxValue}", node);
    }

    public double GetDouble(string path)
    {
        var (node, fullPath) = Find(path);
        return node is HoconScalar { Kind: ScalarKind.Number or ScalarKind.String } scalar
            && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
                ? value
                : throw WrongType(fullPath, "a number", node);
    }

    /// <summary>A boolean; the strings yes/no, on/off and true/false are accepted too.</summary>
    public bool GetBoolean(string path)
    {
        var (node, fullPath) = Find(path);
        var text = node is HoconScalar { Kind: ScalarKind.Boolean or ScalarKind.String } scalar ? scalar.Text : null;
        return text switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw WrongType(fullPath, "a boolean (true/false, yes/no, on/off)", node),
        };
    }

    /// <summary>
    /// A duration: <c>250ms</c>, <c>5s</c>, <c>2 minutes</c>, <c>1 h</c>...; a bare number is milliseconds.
    /// With <paramref name="allowInfinite"/>, the word <c>infinite</c> reads as <see cref="Timeout.InfiniteTimeSpan"/>.
    /// </summary>
    public TimeSpan GetDuration(string path, bool allowInfinite = false)
    {
        var (node, fullPath) = Find(path);
        if (allowInfinite && node is HoconScalar { Kind: ScalarKind.String, Text: "infinite" })
        {
            return Timeout.InfiniteTimeSpan;
        }

        var parsed = node switch
        {
            HoconScalar { Kind: ScalarKind.Number } number =>
                decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
                && DurationParser.TryFromMilliseconds(milliseconds, out var fromNumber) ? fromNumber : (TimeSpan?)null,
            HoconScalar { Kind: ScalarKind.String } text => DurationParser.TryParse(text.Text, out var fromText) ? fromText : null,
            _ => null,
        };
        return parsed ?? throw WrongType(fullPath, allowInfinite ? DurationParser.Expected + " or infinite" : DurationParser.Expected, node);
    }

    /// <summary>A size in bytes: <c>64KiB</c>, <c>1MB</c>, <c>10 kB</c>...; a bare number is bytes.</summary>
    public long GetBytes(string path)
    {
        var (node, fullPath) = Find(path);
        return node is HoconScalar { Kind: ScalarKind.Number or ScalarKind.String } scalar && ByteSizeParser.TryParse(scalar.Text, out var bytes)
            ? bytes
            : throw WrongType(fullPath, ByteSizeParser.Expected, node);
    }

    public IReadOnlyList<string> GetStringList(string path)
    {
        var (node, fullPath) = Find(path);
        var items = ListItems(node, fullPath, "a list of strings");
        return [.. items.Select(item => item is HoconScalar { Kind: not ScalarKind.Null } scalar
            ? scalar.Text
            : throw WrongType(fullPath, "a list of strings", item, "a list holding "))];
    }

    /// <summary>A list of objects, each as a configuration of its own.</summary>
    public IReadOnlyList<Config> GetConfigList(string path)
    {
        var (node, fullPath) = Find(path);
        var items = ListItems(node, fullPath, "a list of objects");
        return [.. items.Select((item, index) => item is HoconObject obj
            ? new Config(obj, $"{fullPath}[{index}]", obj)
            : throw WrongType(fullPath, "a list of objects", item, "a list holding "))];
    }

    /// <summary>The object at the path as a configuration of its own; its errors still name the full path.</summary>
    public Config GetConfig(string path)
    {
        var (node, fullPath) = Find(path);
        return node is HoconObject obj ? new Config(obj, fullPath, obj) : throw WrongType(fullPath, "an object", node);
    }

    /// <summary>Where the value at the path was written.</summary>
    public ConfigOrigin GetOrigin(string path) => Find(path).Node.Origin;

    /// <summary>
    /// An error for a value that has the right type but is not acceptable, naming the key, the value and
    /// where it was written: <c>throw config.BadValue("port", "must be between 1 and 65535")</c>.
    /// </summary>
    public ConfigBadValueException BadValue(string path, string reason)
    {
        var (node, fullPath) = Find(path);
        return new ConfigBadValueException(fullPath, reason, ValueDescription.Describe(node), node.Origin);
    }

    private (HoconNode Node, string FullPath) Find(string path)
    {
        var relative = HoconPath.Parse(path);
        HoconNode current = Resolved;
        var walked = HoconPath.Root;
        foreach (var segment in relative.Segments)
        {
            if (current is not HoconObject obj)
            {
                throw WrongType(FullPath(walked.ToString()), "an object", current);
            }

            if (!obj.TryGet(segment, out var child))
            {
                throw new ConfigMissingException(FullPath(relative.ToString()));
            }

            current = child;
            walked = walked.Append(segment);
        }

        return (current, FullPath(relative.ToString()));
    }

    /// <summary>A list, or an object with numeric keys read as one (<c>a.0 = x, a.1 = y</c>), as the specification allows.</summary>
    private static IReadOnlyList<HoconNode> ListItems(HoconNode node, string fullPath, string expected)
    {
        if (node is HoconArray array)
        {
            return array.Items;
        }

        if (node is HoconObject obj && obj.Count > 0)
        {
            var indexed = obj.Keys
                .Select(key => (Key: key, Ok: int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index), Index: index))
                .Where(entry => entry.Ok)
                .OrderBy(entry => entry.Index)
                .Select(entry => obj[entry.Key])
                .ToList();
            if (indexed.Count > 0)
            {
                return indexed;
            }
        }

        throw WrongType(fullPath, expected, node);
    }

    private static decimal GetWholeNumber(HoconNode node, string fullPath)
    {
        if (node is not HoconScalar { Kind: ScalarKind.Number or ScalarKind.String } scalar
            || !decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw WrongType(fullPath, "a number", node);
        }

        return value == decimal.Truncate(value) ? value : throw WrongType(fullPath, "a whole number", node);
    }

    private static ConfigWrongTypeException WrongType(string fullPath, string expected, HoconNode actual, string describedAs = "") =>
        new(fullPath, expected, describedAs + ValueDescription.Describe(actual), actual.Origin);
}
