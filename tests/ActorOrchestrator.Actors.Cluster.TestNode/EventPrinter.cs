using ActorOrchestrator.Actors.Cluster.Events;

namespace ActorOrchestrator.Actors.Cluster.TestNode;

/// <summary>Prints every cluster event as "EVENT &lt;Event&gt; &lt;member&gt; &lt;status&gt; &lt;up-number&gt;".</summary>
internal sealed class EventPrinter : ReceiveActor
{
    private readonly Cluster _cluster;

    public EventPrinter(Cluster cluster)
    {
        _cluster = cluster;
        Receive<CurrentClusterState>(_ => { });
        Receive<IMemberEvent>(e => Console.WriteLine($"EVENT {e.GetType().Name} {e.Member.Address} {e.Member.Status} {e.Member.UpNumber}"));
        Receive<IReachabilityEvent>(e => Console.WriteLine($"EVENT {e.GetType().Name} {e.Member.Address} {e.Member.Status} {e.Member.UpNumber}"));
        Receive<IClusterDomainEvent>(_ => { });
    }

    protected override void PreStart() => _cluster.Subscribe(Self);
}
