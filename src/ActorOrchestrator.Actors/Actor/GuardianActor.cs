namespace ActorOrchestrator.Actors;

/// <summary>The actor behind the root, <c>/user</c> and <c>/system</c> guardians: it only supervises.</summary>
internal sealed class GuardianActor : ActorBase
{
    protected override bool Receive(object message) => false;
}
