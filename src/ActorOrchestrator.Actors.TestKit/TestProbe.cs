namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// A lightweight stand-in actor with its own inbox: pass <see cref="Ref"/> to the actors under test, then use the
/// expectations to check what they sent it. It can reply, forward and watch. Create it with
/// <see cref="TestKit.CreateTestProbe"/>; it stops with the kit (or earlier on <see cref="Dispose"/>).
/// </summary>
public sealed class TestProbe : TestKitBase, IDisposable
{
    internal TestProbe(ActorSystem system, TestKitSettings settings, string name)
        : base(system, settings, name)
    {
    }

    /// <summary>The probe's ref; messages sent to it queue in the probe's inbox.</summary>
    public IActorRef Ref => Self;

    /// <summary>Sends <paramref name="message"/> to this probe as if from <paramref name="sender"/>.</summary>
    public void Tell(object message, IActorRef? sender = null) => Self.Tell(message, sender);

    /// <summary>Stops the probe: watchers get its Terminated, later messages become dead letters.</summary>
    public void Dispose() => Self.Dispose();

    public override string ToString() => $"TestProbe({Self.Path})";
}
