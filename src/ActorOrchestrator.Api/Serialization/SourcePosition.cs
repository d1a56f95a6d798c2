namespace ActorOrchestrator.Api.Serialization;

/// <summary>A 1-based line and column in a YAML or JSON text.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}";
}
