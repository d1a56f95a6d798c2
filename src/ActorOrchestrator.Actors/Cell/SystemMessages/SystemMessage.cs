namespace ActorOrchestrator.Actors;

/// <summary>
/// Runtime-internal message (create, watch, failure, ...) handled before any user message. Each instance is
/// linked into exactly one mailbox's system queue through <see cref="Next"/>.
/// </summary>
internal abstract class SystemMessage
{
    internal SystemMessage? Next;
}
