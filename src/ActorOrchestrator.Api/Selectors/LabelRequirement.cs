using System.Globalization;

namespace ActorOrchestrator.Api.Selectors;

/// <summary>One requirement of a label selector: <c>app=web</c>, <c>tier in (a,b)</c>, <c>!canary</c>.</summary>
public sealed record LabelRequirement
{
    internal LabelRequirement(string key, SelectorOperator op, IReadOnlyList<string> values)
    {
        Key = key;
        Operator = op;
        Values = op is SelectorOperator.In or SelectorOperator.NotIn ? [.. values.Distinct().Order(StringComparer.Ordinal)] : values;
    }

    public string Key { get; }

    public SelectorOperator Operator { get; }

    public IReadOnlyList<string> Values { get; }

    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        string? value = null;
        var present = labels is not null && labels.TryGetValue(Key, out value);
        return Operator switch
        {
            SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.In => present && Values.Contains(value!),
            SelectorOperator.NotEquals or SelectorOperator.NotIn => !present || !Values.Contains(value!),
            SelectorOperator.Exists => present,
            SelectorOperator.DoesNotExist => !present,
            SelectorOperator.GreaterThan => present && CompareAsInteger(value!) > 0,
            SelectorOperator.LessThan => present && CompareAsInteger(value!) < 0,
            _ => false,
        };
    }

    /// <summary>The requirement in selector syntax, as Kubernetes prints it.</summary>
    public override string ToString() => Operator switch
    {
        SelectorOperator.Exists => Key,
        SelectorOperator.DoesNotExist => "!" + Key,
        SelectorOperator.Equals => $"{Key}={Values[0]}",
        SelectorOperator.DoubleEquals => $"{Key}=={Values[0]}",
        SelectorOperator.NotEquals => $"{Key}!={Values[0]}",
        SelectorOperator.In => $"{Key} in ({string.Join(",", Values)})",
        SelectorOperator.NotIn => $"{Key} notin ({string.Join(",", Values)})",
        SelectorOperator.GreaterThan => $"{Key}>{Values[0]}",
        _ => $"{Key}<{Values[0]}",
    };

    // Gt/Lt compare the label as an integer; a label that is not one never matches.
    private int? CompareAsInteger(string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var actual)
            ? actual.CompareTo(long.Parse(Values[0], CultureInfo.InvariantCulture))
            : null;
}
