namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>What makes two recorded events the same one, counted instead of repeated.</summary>
internal readonly record struct EventKey(string Involved, string Type, string Reason, string Message);
