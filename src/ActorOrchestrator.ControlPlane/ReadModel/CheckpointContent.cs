namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>What a checkpoint holds: the view's objects as of journal position <paramref name="Position"/>.</summary>
internal sealed record CheckpointContent(long Position, JournalMark? Mark, IReadOnlyList<ViewObject> Objects);
