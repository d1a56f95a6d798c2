namespace ActorOrchestrator.Actors;

/// <summary>Stops user-message processing until a matching <see cref="Resume"/> (sent down to children of a failed actor).</summary>
internal sealed class Suspend : SystemMessage;
