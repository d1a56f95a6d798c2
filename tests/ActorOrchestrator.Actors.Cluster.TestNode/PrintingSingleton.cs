namespace ActorOrchestrator.Actors.Cluster.TestNode;

/// <summary>The singleton of the test node: says on stdout when it starts and stops.</summary>
internal sealed class PrintingSingleton : ReceiveActor
{
    private readonly string _self;

    public PrintingSingleton(string self)
    {
        _self = self;
        ReceiveAny(_ => { });
    }

    protected override void PreStart() => Console.WriteLine($"SINGLETON START {_self}");

    protected override void PostStop() => Console.WriteLine($"SINGLETON STOP {_self}");
}
