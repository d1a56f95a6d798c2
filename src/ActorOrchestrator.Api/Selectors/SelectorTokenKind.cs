namespace ActorOrchestrator.Api.Selectors;

internal enum SelectorTokenKind
{
    Identifier,
    Comma,
    DoesNotExist,
    Equals,
    DoubleEquals,
    NotEquals,
    GreaterThan,
    LessThan,
    OpenParenthesis,
    CloseParenthesis,
    End,
}
