using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>What singleton managers of different members tell each other while the singleton moves.</summary>
public interface ISingletonHandOverMessage : IClusterMessage
{
    /// <summary>The member whose manager sends the message.</summary>
    UniqueAddress From { get; }
}

/// <summary>The new oldest member asks an older one to stop the singleton and hand it over.</summary>
public sealed record HandOverToMe(UniqueAddress From) : ISingletonHandOverMessage;

/// <summary>The old host has begun stopping its singleton.</summary>
public sealed record HandOverInProgress(UniqueAddress From) : ISingletonHandOverMessage;

/// <summary>The sender runs no singleton and never will again in this incarnation: the receiver may start it.</summary>
public sealed record HandOverDone(UniqueAddress From) : ISingletonHandOverMessage;

/// <summary>A leaving host prompts the new oldest member to ask for the singleton.</summary>
public sealed record TakeOverFromMe(UniqueAddress From) : ISingletonHandOverMessage;
