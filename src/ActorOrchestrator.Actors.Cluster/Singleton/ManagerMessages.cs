using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>The removal margin of a removed member has passed: it no longer counts as a possible host.</summary>
internal sealed record RemovalMarginElapsed(UniqueAddress Member);

/// <summary>Time to repeat HandOverToMe or TakeOverFromMe.</summary>
internal sealed record RetryTick
{
    public static readonly RetryTick Instance = new();
}

/// <summary>Coordinated shutdown asks to be told once this member runs no singleton.</summary>
internal sealed record AwaitSingletonStopped(IActorRef ReplyTo);

/// <summary>The answer to <see cref="AwaitSingletonStopped"/>.</summary>
internal sealed record SingletonStopped
{
    public static readonly SingletonStopped Instance = new();
}
