namespace ActorOrchestrator.Actors.TestKit;

/// <summary>Sending from this inbox, replying to what it received, and watching actors.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with this inbox as sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, _self);
    }

    /// <summary>Answers the sender of the last received message, with this inbox as sender.</summary>
    /// <exception cref="InvalidOperationException">Nothing has been received yet.</exception>
    public void Reply(object message)
    {
        if (LastMessage is null)
        {
            throw new InvalidOperationException("Reply needs a received message to answer; expect or receive one first");
        }
        LastSender.Tell(message, _self);
    }

    /// <summary>Passes the last received message on to <paramref name="target"/>, keeping its original sender.</summary>
    /// <exception cref="InvalidOperationException">Nothing has been received yet.</exception>
    public void Forward(IActorRef target) =>
        Forward(target, LastMessage ?? throw new InvalidOperationException("Forward needs a received message to pass on; expect or receive one first"));

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with the sender of the last received message.</summary>
    public void Forward(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, LastMessage is null ? null : LastSender);
    }

    /// <summary>Watches <paramref name="target"/>: its <see cref="Terminated"/> arrives in this inbox exactly once.</summary>
    public IActorRef Watch(IActorRef target)
    {
        _self.Watch(target);
        return target;
    }

    public IActorRef Unwatch(IActorRef target)
    {
        _self.Unwatch(target);
        return target;
    }
}
