using System.Globalization;
using System.Text;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// The entity id back from the entity actor's name: sharding names an entity by its id with every byte outside
/// [A-Za-z0-9-_.] written as <c>~XX</c> (so <c>pod/default/web</c> is <c>pod~2Fdefault~2Fweb</c>).
/// </summary>
internal static class EntityNameDecoder
{
    public static string Decode(string actorName)
    {
        if (!actorName.Contains('~', StringComparison.Ordinal))
        {
            return actorName;
        }
        var bytes = new List<byte>(actorName.Length);
        for (var i = 0; i < actorName.Length; i++)
        {
            if (actorName[i] == '~' && i + 2 < actorName.Length)
            {
                bytes.Add(byte.Parse(actorName.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                bytes.Add((byte)actorName[i]);
            }
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }
}
