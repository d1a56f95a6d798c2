namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>Answers every message with the same message.</summary>
internal sealed class EchoActor : ReceiveActor
{
    public EchoActor()
    {
        ReceiveAny(message => Sender.Tell(message, Self));
    }
}
