namespace ActorOrchestrator.ControlPlane.Reconciling;

/// <summary>One ownerReference of an object: the owner's kind, name and uid, and whether it blocks the owner's foreground deletion.</summary>
public sealed record OwnerLink(string? ApiVersion, string? Kind, string? Name, string Uid, bool BlockOwnerDeletion);
