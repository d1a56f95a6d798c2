namespace ActorOrchestrator.Actors.Cluster.Tests.Singleton;

/// <summary>A singleton that records its starts and stops and answers <see cref="Support.Numbered"/> with its member.</summary>
internal sealed class RecordingSingleton : ReceiveActor
{
    private readonly SingletonLifecycleLog _log;
    private readonly string _member;

    public RecordingSingleton(SingletonLifecycleLog log, string member)
    {
        _log = log;
        _member = member;
        Receive<Support.Numbered>(n => Sender.Tell(new Support.NumberedSeen(n.N, _member), Self));
    }

    protected override void PreStart() => _log.Add("start " + _member);

    protected override void PostStop() => _log.Add("stop " + _member);
}
