namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The last resource event a checkpoint includes. On load the journal must still hold this event at this ordering,
/// or the checkpoint belongs to another journal (a wiped data dir, another database) and is discarded.
/// </summary>
internal sealed record JournalMark(long Ordering, string PersistenceId, long SequenceNr);
