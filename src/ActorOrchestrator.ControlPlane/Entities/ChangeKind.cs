namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>What a command does to the stored object: nothing, or the resource event the entity persists.</summary>
internal enum ChangeKind
{
    /// <summary>Nothing to store: the answer is the current object, at its current resourceVersion.</summary>
    None,
    Created,
    Updated,
    StatusUpdated,
    DeletionRequested,
    Deleted,
}
