namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>Why a run could not create or delete pods: the ReplicaFailure condition's reason (FailedCreate, FailedDelete) and message.</summary>
internal sealed record ManageFailure(string Reason, string Message);
