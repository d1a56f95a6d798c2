namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>Sends every string it gets to <paramref name="service"/> and passes the answer on to <paramref name="client"/>.</summary>
internal sealed class Relay : ReceiveActor
{
    public Relay(IActorRef service, IActorRef client)
    {
        Receive<string>(question => service.Tell(question, Self));
        Receive<int>(answer => client.Tell(answer, Self));
    }
}
