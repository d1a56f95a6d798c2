namespace ActorOrchestrator.Actors;

/// <summary>Implement on an actor to get a stash; the runtime sets <see cref="Stash"/> after the constructor, before PreStart. On restart the stash goes back to the mailbox.</summary>
public interface IWithStash
{
    IStash Stash { get; set; }
}
