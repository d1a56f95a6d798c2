namespace ActorOrchestrator.Api.Selectors;

/// <summary>One term of a field selector: <c>spec.nodeName=node-1</c> or <c>status.phase!=Running</c>.</summary>
public sealed record FieldRequirement(string Field, SelectorOperator Operator, string Value)
{
    /// <summary>A field the object does not have reads as the empty string, as in Kubernetes.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> fields)
    {
        var actual = fields.TryGetValue(Field, out var value) ? value : "";
        return Operator == SelectorOperator.NotEquals ? actual != Value : actual == Value;
    }

    public override string ToString() => Operator switch
    {
        SelectorOperator.NotEquals => $"{Field}!={Value}",
        SelectorOperator.DoubleEquals => $"{Field}=={Value}",
        _ => $"{Field}={Value}",
    };
}
