namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>A continue token that this view did not write, or one combined with a resourceVersion; the gateway answers 400 Bad Request.</summary>
public sealed class InvalidContinueException(string message) : Exception(message);
