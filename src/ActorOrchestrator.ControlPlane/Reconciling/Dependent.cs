using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Reconciling;

/// <summary>An object that names an owner in its ownerReferences, and whether that reference blocks the owner's foreground deletion.</summary>
public sealed record Dependent(ResourceKey Key, bool BlockOwnerDeletion);
