namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>What a shard knows of one entity: its incarnation, when a sharded message last reached it, and what waits for it.</summary>
internal sealed class EntityEntry(string id)
{
    public string Id { get; } = id;

    /// <summary>The running incarnation; null while none runs.</summary>
    public IActorRef? Ref { get; set; }

    /// <summary>The entity was asked to stop (passivation or hand-off); messages for it wait in <see cref="Waiting"/>.</summary>
    public bool Stopping { get; set; }

    /// <summary>The entity asked to be passivated: it is forgotten once it stopped (with remember-entities).</summary>
    public bool Passivated { get; set; }

    /// <summary>Its start is being recorded (remember-entities); messages for it wait in <see cref="Waiting"/>.</summary>
    public bool Recording { get; set; }

    public DateTimeOffset LastActivity { get; set; }

    public Queue<Envelope>? Waiting { get; set; }
}
