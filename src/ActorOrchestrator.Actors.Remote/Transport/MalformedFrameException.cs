namespace ActorOrchestrator.Actors.Remote;

/// <summary>A frame that does not follow the wire protocol; the link it came on is closed.</summary>
internal sealed class MalformedFrameException(string message) : Exception(message);
