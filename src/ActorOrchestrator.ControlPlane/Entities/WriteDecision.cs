using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// The outcome of a command against the stored object: the change to persist and the object after it (for
/// <see cref="ChangeKind.None"/> the current object, for <see cref="ChangeKind.Deleted"/> its last state).
/// </summary>
internal sealed record WriteDecision(ChangeKind Change, IKubernetesObject Object)
{
    public static WriteDecision Unchanged(IKubernetesObject current) => new(ChangeKind.None, current);
}
