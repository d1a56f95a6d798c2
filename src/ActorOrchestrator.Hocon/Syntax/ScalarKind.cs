namespace ActorOrchestrator.Hocon.Syntax;

internal enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}
