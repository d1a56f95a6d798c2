using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>A value of the wrong type for its field, with where it was written when the source was YAML.</summary>
public sealed record DecodeIssue(FieldError Error, SourcePosition? Position)
{
    public override string ToString() => Position is { } at ? $"{Error} ({at})" : Error.ToString();
}
