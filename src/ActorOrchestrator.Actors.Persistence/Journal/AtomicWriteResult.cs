namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>
/// The outcome of one <see cref="AtomicWrite"/>: stored, with the global <c>ordering</c> the journal assigned to each of its
/// events, or rejected (never stored, never replayed; the writer keeps running).
/// </summary>
public sealed record AtomicWriteResult
{
    private AtomicWriteResult(IReadOnlyList<long> orderings, Exception? rejection)
    {
        Orderings = orderings;
        Rejection = rejection;
    }

    /// <summary>The global ordering of each event, in the order of the write's events; empty when rejected.</summary>
    public IReadOnlyList<long> Orderings { get; }

    /// <summary>Why the write was rejected; null when it was stored.</summary>
    public Exception? Rejection { get; }

    public bool IsRejected => Rejection is not null;

    public static AtomicWriteResult Stored(IReadOnlyList<long> orderings) => new(orderings, null);

    public static AtomicWriteResult Rejected(Exception rejection) => new([], rejection);
}
