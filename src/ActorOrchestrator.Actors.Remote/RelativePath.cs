using System.Globalization;
using System.Text;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>The wire form of a path below an address: <c>/user/a/b</c> optionally followed by <c>#uid</c>.</summary>
internal static class RelativePath
{
    public static string Of(ActorPath path)
    {
        var builder = new StringBuilder();
        foreach (var element in path.Elements)
        {
            builder.Append('/').Append(element);
        }
        if (path.Uid != 0)
        {
            builder.Append('#').Append(path.Uid.ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary><paramref name="root"/> followed by the elements and uid of <paramref name="text"/>; null when it is not such a path.</summary>
    public static ActorPath? Below(ActorPath root, string text)
    {
        if (text.Length < 2 || text[0] != '/')
        {
            return null;
        }
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var uid = 0;
        if (hash >= 0 && !int.TryParse(text.AsSpan(hash + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out uid))
        {
            return null;
        }
        var path = root;
        foreach (var element in (hash < 0 ? text[1..] : text[1..hash]).Split('/'))
        {
            if (element.Length == 0)
            {
                return null;
            }
            path /= element;
        }
        return path.WithUid(uid);
    }
}
