using System.Threading.Channels;

namespace ActorOrchestrator.Actors;

/// <summary>
/// A mailbox for code outside actors (tests, hosts): <see cref="Self"/> is a ref whose messages queue here, to be
/// taken with <see cref="ReceiveAsync"/> or <see cref="TryReceive"/>. It can watch actors (Terminated arrives as a
/// message) and be watched; disposing it stops it.
/// </summary>
public sealed class Inbox : IDisposable
{
    private readonly Channel<Envelope> _messages = Channel.CreateUnbounded<Envelope>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly IFunctionRef _ref;

    private Inbox(ActorSystem system, string? name)
    {
        _ref = system.CreateFunctionRef((message, sender) => _messages.Writer.TryWrite(new Envelope(message, sender)), name);
    }

    /// <summary>The ref to send to (and to pass as sender); it lives under <c>/temp</c>.</summary>
    public IActorRef Self => _ref;

    /// <summary>Creates an inbox in <paramref name="system"/>; <paramref name="name"/> must be unique among temporary refs when given.</summary>
    public static Inbox Create(ActorSystem system, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        return new Inbox(system, name);
    }

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with this inbox as sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, _ref);
    }

    public bool TryReceive(out Envelope envelope) => _messages.Reader.TryRead(out envelope);

    /// <summary>The next message; throws <see cref="TimeoutException"/> when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<Envelope> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (_messages.Reader.TryRead(out var ready))
        {
            return ready;
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await _messages.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Inbox {_ref.Path} received no message within {timeout}");
        }
    }

    /// <summary>Blocking form of <see cref="ReceiveAsync"/>; never call it on an actor's thread.</summary>
    public Envelope Receive(TimeSpan timeout) => ReceiveAsync(timeout).GetAwaiter().GetResult();

    public void Watch(IActorRef subject) => _ref.Watch(subject);

    public void Unwatch(IActorRef subject) => _ref.Unwatch(subject);

    public void Dispose()
    {
        _ref.Dispose();
        _messages.Writer.TryComplete();
    }
}
