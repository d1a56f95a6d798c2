using System.Text;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Actor names for entity and shard ids: URL-style escaping of every UTF-8 byte outside [A-Za-z0-9-_.] as "~XX"
/// (the kernel does not allow '%' in names), so distinct ids always get distinct names.
/// </summary>
internal static class EntityNames
{
    private const string Hex = "0123456789ABCDEF";

    public static string Escape(string id)
    {
        if (id.All(IsKept))
        {
            return id;
        }
        var text = new StringBuilder(id.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            if (b < 128 && IsKept((char)b))
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('~').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }
        return text.ToString();
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
