namespace ActorOrchestrator.Api.Serialization.Schema;

internal enum ScalarKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    Quantity,
    IntOrString,
    Time,
    MicroTime,
    Bytes,
    Any,
}
