namespace ActorOrchestrator.Actors.Persistence;

/// <summary>
/// A handler waiting for the write round it belongs to: of a persisted event (<see cref="WriteIndex"/> &gt;= 0), or of a
/// deferred one that is written nowhere (<see cref="WriteIndex"/> = -1).
/// </summary>
internal sealed record PendingInvocation(object Event, Action<object> Handler, long SequenceNr, int WriteIndex, int IndexInWrite)
{
    public bool IsDeferred => WriteIndex < 0;
}
