namespace ActorOrchestrator.Actors.Tests.Support;

/// <summary>A test-side inbox with expectations.</summary>
internal sealed class Probe : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly Inbox _inbox;

    public Probe(ActorSystem system)
    {
        _inbox = Inbox.Create(system);
    }

    public IActorRef Ref => _inbox.Self;

    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    public void Send(IActorRef target, object message) => _inbox.Send(target, message);

    public void Watch(IActorRef target) => _inbox.Watch(target);

    public void Unwatch(IActorRef target) => _inbox.Unwatch(target);

    public T ExpectMsg<T>(TimeSpan? timeout = null)
    {
        var envelope = _inbox.Receive(timeout ?? DefaultTimeout);
        LastSender = envelope.Sender;
        return envelope.Message is T typed
            ? typed
            : throw new Xunit.Sdk.XunitException($"Expected a {typeof(T).Name} but got {envelope.Message.GetType().Name}: {envelope.Message}");
    }

    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null)
    {
        var actual = ExpectMsg<T>(timeout);
        Assert.Equal(expected, actual);
        return actual;
    }

    public Terminated ExpectTerminated(IActorRef actor, TimeSpan? timeout = null)
    {
        var terminated = ExpectMsg<Terminated>(timeout);
        Assert.Equal(actor, terminated.ActorRef);
        return terminated;
    }

    public void ExpectNoMsg(TimeSpan duration)
    {
        Thread.Sleep(duration);
        if (_inbox.TryReceive(out var envelope))
        {
            throw new Xunit.Sdk.XunitException($"Expected no message but got {envelope.Message.GetType().Name}: {envelope.Message}");
        }
    }

    public List<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        var messages = new List<object>(count);
        for (var i = 0; i < count; i++)
        {
            messages.Add(ExpectMsg<object>(timeout));
        }
        return messages;
    }

    public void Dispose() => _inbox.Dispose();
}
