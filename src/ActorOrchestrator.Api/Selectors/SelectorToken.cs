namespace ActorOrchestrator.Api.Selectors;

internal readonly record struct SelectorToken(SelectorTokenKind Kind, string Text);
