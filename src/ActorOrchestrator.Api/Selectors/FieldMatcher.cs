using System.Text;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Selectors;

/// <summary>
/// A parsed field selector (<c>metadata.name=web,status.phase!=Running</c>): terms ANDed together, with
/// <c>\,</c>, <c>\=</c> and <c>\\</c> escapes. Matched against a kind's selectable fields (<see cref="SelectableFields"/>).
/// </summary>
public sealed class FieldMatcher
{
    private static readonly string[] Operators = ["!=", "==", "="];

    private FieldMatcher(IReadOnlyList<FieldRequirement> requirements) => Requirements = requirements;

    public static FieldMatcher Everything { get; } = new([]);

    public IReadOnlyList<FieldRequirement> Requirements { get; }

    /// <summary>
    /// Parses a field selector for <paramref name="kind"/>; a field the kind cannot be selected on is refused
    /// with Kubernetes' message (<c>field label not supported: spec.foo</c>).
    /// </summary>
    public static FieldMatcher Parse(string? selector, ResourceKind kind)
    {
        var matcher = Parse(selector);
        var supported = SelectableFields.Supported(kind);
        foreach (var requirement in matcher.Requirements)
        {
            if (!supported.Contains(requirement.Field))
            {
                throw new SelectorParseException($"field label not supported: {requirement.Field}");
            }
        }

        return matcher;
    }

    /// <summary>Parses the syntax only; an empty or null selector selects everything.</summary>
    public static FieldMatcher Parse(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return Everything;
        }

        var requirements = new List<FieldRequirement>();
        foreach (var term in SplitTerms(selector))
        {
            if (term.Length == 0)
            {
                continue;
            }

            requirements.Add(ParseTerm(term));
        }

        return new FieldMatcher(requirements);
    }

    public bool Matches(IKubernetesObject resource) => Matches(SelectableFields.Of(resource));

    public bool Matches(IReadOnlyDictionary<string, string> fields) => Requirements.All(requirement => requirement.Matches(fields));

    /// <summary>The value a term requires for <paramref name="field"/> with <c>=</c> or <c>==</c>, if any (useful for indexes).</summary>
    public string? RequiredValue(string field) =>
        Requirements.FirstOrDefault(requirement => requirement.Field == field && requirement.Operator != SelectorOperator.NotEquals)?.Value;

    public override string ToString() => string.Join(",", Requirements);

    private static FieldRequirement ParseTerm(string term)
    {
        for (var index = 0; index < term.Length; index++)
        {
            if (term[index] == '\\')
            {
                index++;
                continue;
            }

            foreach (var op in Operators)
            {
                if (string.CompareOrdinal(term, index, op, 0, op.Length) == 0)
                {
                    var field = Unescape(term[..index].Trim());
                    var value = Unescape(term[(index + op.Length)..].Trim());
                    var kind = op switch { "!=" => SelectorOperator.NotEquals, "==" => SelectorOperator.DoubleEquals, _ => SelectorOperator.Equals };
                    return new FieldRequirement(field, kind, value);
                }
            }
        }

        throw new SelectorParseException($"invalid selector: '{term}'; can't understand '{term}'");
    }

    private static List<string> SplitTerms(string selector)
    {
        var terms = new List<string>();
        var start = 0;
        for (var index = 0; index < selector.Length; index++)
        {
            if (selector[index] == '\\')
            {
                index++;
            }
            else if (selector[index] == ',')
            {
                terms.Add(selector[start..index]);
                start = index + 1;
            }
        }

        terms.Add(selector[start..]);
        return terms;
    }

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] != '\\')
            {
                result.Append(text[index]);
                continue;
            }

            if (index + 1 >= text.Length || text[index + 1] is not ('\\' or ',' or '='))
            {
                throw new SelectorParseException($"invalid field selector: invalid escape sequence in '{text}'");
            }

            result.Append(text[++index]);
        }

        return result.ToString();
    }
}
