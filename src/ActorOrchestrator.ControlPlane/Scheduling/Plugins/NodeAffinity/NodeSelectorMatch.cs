using System.Globalization;
using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.NodeAffinity;

/// <summary>Kubernetes' node selector semantics: terms are ORed, the requirements inside a term ANDed; an empty term matches nothing.</summary>
internal static class NodeSelectorMatch
{
    public static bool Matches(NodeSelector selector, string nodeName, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var term in selector.NodeSelectorTerms ?? [])
        {
            if (Matches(term, nodeName, labels))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Matches(NodeSelectorTerm term, string nodeName, IReadOnlyDictionary<string, string> labels)
    {
        if (term.MatchExpressions is not { Count: > 0 } && term.MatchFields is not { Count: > 0 })
        {
            return false;
        }
        foreach (var requirement in term.MatchExpressions ?? [])
        {
            var present = labels.TryGetValue(requirement.Key ?? "", out var value);
            if (!Satisfies(requirement, present, value))
            {
                return false;
            }
        }
        foreach (var requirement in term.MatchFields ?? [])
        {
            // metadata.name is the only node field Kubernetes supports here.
            var present = requirement.Key == "metadata.name";
            if (!Satisfies(requirement, present, present ? nodeName : null))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Satisfies(NodeSelectorRequirement requirement, bool present, string? value)
    {
        var values = requirement.Values ?? [];
        return requirement.Operator switch
        {
            "In" => present && values.Contains(value),
            "NotIn" => !present || !values.Contains(value),
            "Exists" => present,
            "DoesNotExist" => !present,
            "Gt" => present && Compare(value, values) is > 0,
            "Lt" => present && Compare(value, values) is < 0,
            _ => false,
        };
    }

    /// <summary>Compares the label's value with the requirement's single value as integers; null when either is not one.</summary>
    private static int? Compare(string? value, IReadOnlyList<string> values)
    {
        if (values.Count != 1
            || !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var actual)
            || !long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bound))
        {
            return null;
        }
        return actual.CompareTo(bound);
    }
}
