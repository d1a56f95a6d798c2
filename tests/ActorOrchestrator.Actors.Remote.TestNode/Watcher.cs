namespace ActorOrchestrator.Actors.Remote.TestNode;

/// <summary>Watches the refs it is given and forwards each Terminated to <c>reportTo</c>.</summary>
public sealed class Watcher : ReceiveActor
{
    public Watcher(IActorRef reportTo)
    {
        Receive<WatchIt>(watch =>
        {
            Context.Watch(watch.Target);
            Sender.Tell(new Response(0), Self);
        });
        Receive<Terminated>(terminated => reportTo.Tell(terminated, Self));
    }
}
