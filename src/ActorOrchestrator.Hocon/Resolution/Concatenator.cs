using System.Text;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Resolution;

/// <summary>
/// Combines the values of a concatenation: simple values join into one string (keeping the whitespace
/// written between them), lists append, objects merge. Undefined optional substitutions drop out.
/// </summary>
internal static class Concatenator
{
    public static HoconNode? Combine(
        IReadOnlyList<(string Separator, HoconNode? Value)> parts,
        Func<ConfigOrigin, string, Exception> fail)
    {
        var defined = parts.Where(part => part.Value is not null).Select(part => (part.Separator, Value: part.Value!)).ToList();
        if (defined.Count == 0)
        {
            return null;
        }

        if (defined.Count == 1)
        {
            return defined[0].Value;
        }

        var first = defined[0].Value;
        if (defined.Any(part => part.Value is HoconObject))
        {
            RequireAll<HoconObject>(defined, "an object", fail);
            return defined.Skip(1).Aggregate(first, (merged, part) => NodeMerger.Merge(merged, part.Value));
        }

        if (defined.Any(part => part.Value is HoconArray))
        {
            RequireAll<HoconArray>(defined, "a list", fail);
            return new HoconArray([.. defined.SelectMany(part => ((HoconArray)part.Value).Items)], first.Origin);
        }

        var text = new StringBuilder();
        for (var i = 0; i < defined.Count; i++)
        {
            if (i > 0)
            {
                text.Append(defined[i].Separator);
            }

            text.Append(((HoconScalar)defined[i].Value).Text);
        }

        return HoconScalar.String(text.ToString(), first.Origin);
    }

    private static void RequireAll<T>(List<(string Separator, HoconNode Value)> parts, string kind, Func<ConfigOrigin, string, Exception> fail)
        where T : HoconNode
    {
        var odd = parts.FirstOrDefault(part => part.Value is not T).Value;
        if (odd is not null)
        {
            throw fail(odd.Origin, $"cannot concatenate {kind} with {ValueDescription.Describe(odd)}; put them on separate lines or quote the text");
        }
    }
}
