namespace ActorOrchestrator.Actors;

/// <summary>Messages of a type implementing this do not reset the receiver's receive timeout.</summary>
public interface INotInfluenceReceiveTimeout;
