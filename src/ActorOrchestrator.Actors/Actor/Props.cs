namespace ActorOrchestrator.Actors;

/// <summary>
/// Immutable recipe for an actor: how to make an instance, its mailbox, how many messages it may handle per
/// turn on the thread pool, and the strategy it uses to supervise its own children. Every With* returns a copy.
/// </summary>
public sealed record Props
{
    private Props(Type actorType, Func<ActorBase> factory)
    {
        ActorType = actorType;
        Factory = factory;
    }

    /// <summary>The actor class this recipe creates.</summary>
    public Type ActorType { get; }

    /// <summary>Called once per incarnation (at start and at every restart).</summary>
    public Func<ActorBase> Factory { get; }

    /// <summary>User-message capacity; 0 means unbounded; null takes <see cref="ActorSystemSettings.DefaultMailboxCapacity"/>.</summary>
    public int? MailboxCapacity { get; private init; }

    /// <summary>Messages handled per turn before yielding the thread; null takes <see cref="ActorSystemSettings.Throughput"/>.</summary>
    public int? Throughput { get; private init; }

    /// <summary>Stash capacity for actors with a stash; -1 unbounded; null takes <see cref="ActorSystemSettings.StashCapacity"/>.</summary>
    public int? StashCapacity { get; private init; }

    /// <summary>How the created actor supervises its children, unless the actor overrides SupervisorStrategy().</summary>
    public SupervisorStrategy? SupervisorStrategy { get; private init; }

    /// <summary>Props for an actor with a parameterless constructor.</summary>
    public static Props Create<TActor>()
        where TActor : ActorBase, new() => new(typeof(TActor), static () => new TActor());

    /// <summary>Props whose instances come from <paramref name="factory"/> (called on every start and restart).</summary>
    public static Props Create<TActor>(Func<TActor> factory)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Props(typeof(TActor), factory);
    }

    /// <summary>Props for <paramref name="actorType"/> constructed with <paramref name="args"/> (reflection).</summary>
    public static Props Create(Type actorType, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(actorType);
        if (!typeof(ActorBase).IsAssignableFrom(actorType) || actorType.IsAbstract)
        {
            throw new ArgumentException($"{actorType} is not a concrete subclass of {nameof(ActorBase)}", nameof(actorType));
        }
        return new Props(actorType, () => (ActorBase)Activator.CreateInstance(actorType, args)!);
    }

    /// <summary>A bounded mailbox: messages beyond <paramref name="capacity"/> go to dead letters with a warning.</summary>
    public Props WithBoundedMailbox(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        return this with { MailboxCapacity = capacity };
    }

    /// <summary>An unbounded mailbox regardless of the system default.</summary>
    public Props WithUnboundedMailbox() => this with { MailboxCapacity = 0 };

    public Props WithThroughput(int throughput)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(throughput);
        return this with { Throughput = throughput };
    }

    public Props WithStashCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, -1);
        return this with { StashCapacity = capacity };
    }

    public Props WithSupervisorStrategy(SupervisorStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { SupervisorStrategy = strategy };
    }

    internal ActorBase NewActor() => Factory();

    public override string ToString() => $"Props({ActorType.Name})";
}
