namespace ActorOrchestrator.Actors.Remote.TestNode;

/// <summary>A numbered request; echoed back unchanged.</summary>
public sealed record Ping(int Number);

/// <summary>Text of any size (for frame-size tests).</summary>
public sealed record Text(string Value);

/// <summary>A message carrying a ref to reply to.</summary>
public sealed record Request(int Number, IActorRef ReplyTo);

/// <summary>Reply to <see cref="Request"/>.</summary>
public sealed record Response(int Number);

/// <summary>Asks a <see cref="Watcher"/> to watch a ref; it replies <see cref="Response"/>(0) once the watch is sent.</summary>
public sealed record WatchIt(IActorRef Target);
