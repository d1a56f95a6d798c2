using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>
/// The object after a delete request: gone (<see cref="Deleted"/>, its last state; Kubernetes answers 200 with it) or
/// still there with a deletionTimestamp while its containers stop or finalizers run (Kubernetes answers 202 with it).
/// </summary>
public sealed record DeleteResult(IKubernetesObject Object, bool Deleted);
