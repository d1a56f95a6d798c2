namespace ActorOrchestrator.Api.Meta;

/// <summary>One expression of a <see cref="LabelSelector"/>: key, operator (In, NotIn, Exists, DoesNotExist), values.</summary>
public sealed record LabelSelectorRequirement
{
    public string? Key { get; init; }

    public string? Operator { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
