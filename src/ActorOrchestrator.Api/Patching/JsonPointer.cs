using System.Globalization;

namespace ActorOrchestrator.Api.Patching;

/// <summary>An RFC 6901 JSON pointer split into unescaped tokens (<c>~1</c> is '/', <c>~0</c> is '~').</summary>
internal static class JsonPointer
{
    public static IReadOnlyList<string> Parse(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new PatchException($"invalid JSON pointer \"{pointer}\": it must start with '/'");
        }

        return [.. pointer[1..].Split('/').Select(token => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
    }

    /// <summary>An existing array index (or the end for <paramref name="allowEnd"/>, with '-' meaning the end).</summary>
    public static int Index(string token, int count, bool allowEnd, string pointer)
    {
        if (allowEnd && token == "-")
        {
            return count;
        }

        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ||
            (token.Length > 1 && token[0] == '0') || index > count || (!allowEnd && index == count))
        {
            throw new PatchException($"doc is missing path: \"{pointer}\": index {token} is out of bounds");
        }

        return index;
    }
}
