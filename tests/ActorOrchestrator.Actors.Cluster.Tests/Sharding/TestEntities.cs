using ActorOrchestrator.Actors.Cluster.Sharding;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>A numbered message for one entity.</summary>
public sealed record Deliver(string EntityId, int Seq);

/// <summary>An entity's answer: which incarnation (path and start number) got which message.</summary>
public sealed record Delivered(string EntityId, int Seq, string EntityPath, int Incarnation);

/// <summary>Asks the entity to passivate itself.</summary>
public sealed record PleasePassivate(string EntityId);

/// <summary>Asks the entity to stop itself without passivating.</summary>
public sealed record StopYourself(string EntityId);

/// <summary>The stop message of the test entity type.</summary>
public sealed record StopEntity
{
    public static readonly StopEntity Instance = new();
}

/// <summary>Routes <see cref="Deliver"/> and <see cref="PleasePassivate"/> by their entity id.</summary>
internal sealed class TestExtractor(int numberOfShards) : HashCodeMessageExtractor(numberOfShards)
{
    public override string? EntityId(object message) => message switch
    {
        Deliver deliver => deliver.EntityId,
        PleasePassivate passivate => passivate.EntityId,
        StopYourself stop => stop.EntityId,
        _ => base.EntityId(message),
    };
}

/// <summary>Answers every Deliver with Delivered; counts its incarnations through a shared counter.</summary>
internal sealed class EchoEntity : ReceiveActor
{
    private static int _starts;
    private readonly int _incarnation = Interlocked.Increment(ref _starts);

    public EchoEntity()
    {
        Receive<Deliver>(d => Sender.Tell(new Delivered(d.EntityId, d.Seq, Self.Path.ToString(), _incarnation)));
        Receive<PleasePassivate>(_ => Context.Parent.Tell(new Passivate(StopEntity.Instance)));
        Receive<StopEntity>(_ => Context.Stop(Self));
    }
}
