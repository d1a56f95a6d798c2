namespace ActorOrchestrator.Actors.Remote.TestNode;

/// <summary>Replies to every message with the message itself; answers a <see cref="Request"/> at its ReplyTo.</summary>
public sealed class Echo : ReceiveActor
{
    public Echo()
    {
        Receive<Request>(request => request.ReplyTo.Tell(new Response(request.Number), Self));
        ReceiveAny(message => Sender.Tell(message, Self));
    }
}
