using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>A dependent found in the view: whether its reference blocks the owner's foreground deletion, and whether it is already being deleted.</summary>
internal sealed record FoundDependent(ResourceKey Key, bool BlockOwnerDeletion, bool BeingDeleted);
