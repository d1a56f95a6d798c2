namespace ActorOrchestrator.Api.Selectors;

/// <summary>The operators of a label selector requirement.</summary>
public enum SelectorOperator
{
    Equals,
    DoubleEquals,
    NotEquals,
    In,
    NotIn,
    Exists,
    DoesNotExist,
    GreaterThan,
    LessThan,
}
