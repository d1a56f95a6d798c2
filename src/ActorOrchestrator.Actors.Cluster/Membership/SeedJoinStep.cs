using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>The seed-join process after an input, and what its owner must do now.</summary>
public sealed record SeedJoinStep(SeedJoinProcess Process, ImmutableArray<SeedJoinCommand> Commands);
