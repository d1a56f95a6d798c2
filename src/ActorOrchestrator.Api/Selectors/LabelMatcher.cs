using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Selectors;

/// <summary>
/// A parsed label selector: requirements ANDed together. Built from the string syntax
/// (<c>a=b,c!=d,e in (x,y),!f,g</c>) or from a <see cref="LabelSelector"/> (matchLabels + matchExpressions).
/// </summary>
public sealed class LabelMatcher
{
    private readonly bool matchesNothing;

    private LabelMatcher(IReadOnlyList<LabelRequirement> requirements, bool matchesNothing)
    {
        Requirements = [.. requirements.OrderBy(requirement => requirement.Key, StringComparer.Ordinal)];
        this.matchesNothing = matchesNothing;
    }

    /// <summary>Matches every object (the empty selector).</summary>
    public static LabelMatcher Everything { get; } = new([], false);

    /// <summary>Matches no object (what a missing selector means to a controller).</summary>
    public static LabelMatcher Nothing { get; } = new([], true);

    public IReadOnlyList<LabelRequirement> Requirements { get; }

    public bool IsEverything => !matchesNothing && Requirements.Count == 0;

    /// <summary>Parses the string syntax; an empty or null string selects everything.</summary>
    public static LabelMatcher Parse(string? selector) =>
        string.IsNullOrWhiteSpace(selector) ? Everything : new LabelMatcher(LabelSelectorParser.Parse(selector), false);

    /// <summary>
    /// Kubernetes' <c>LabelSelectorAsSelector</c>: null selects nothing, an empty selector everything.
    /// Throws <see cref="SelectorParseException"/> when an expression is malformed.
    /// </summary>
    public static LabelMatcher FromLabelSelector(LabelSelector? selector)
    {
        if (selector is null)
        {
            return Nothing;
        }

        var requirements = new List<LabelRequirement>();
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            requirements.Add(LabelSelectorParser.Requirement(key, SelectorOperator.Equals, [value]));
        }

        foreach (var expression in selector.MatchExpressions ?? [])
        {
            var op = expression.Operator switch
            {
                "In" => SelectorOperator.In,
                "NotIn" => SelectorOperator.NotIn,
                "Exists" => SelectorOperator.Exists,
                "DoesNotExist" => SelectorOperator.DoesNotExist,
                _ => throw new SelectorParseException($"\"{expression.Operator}\" is not a valid label selector operator"),
            };
            requirements.Add(LabelSelectorParser.Requirement(expression.Key ?? "", op, expression.Values ?? []));
        }

        return new LabelMatcher(requirements, false);
    }

    public bool Matches(IReadOnlyDictionary<string, string>? labels) =>
        !matchesNothing && Requirements.All(requirement => requirement.Matches(labels));

    /// <summary>The selector in string syntax with requirements sorted by key, as Kubernetes prints it (<c>app=web</c>).</summary>
    public override string ToString() => string.Join(",", Requirements);
}
