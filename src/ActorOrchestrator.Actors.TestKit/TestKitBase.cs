using System.Diagnostics;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// Expectations over one probe's inbox, shared by <see cref="TestKit"/> (whose inbox is its <c>TestActor</c>) and
/// <see cref="TestProbe"/>. Every wait is bounded: by the explicit timeout (dilated by the time factor), by the
/// deadline of an enclosing <c>Within</c>, or by the dilated default timeout (3 s). Each synchronous method has an
/// <c>Async</c> twin. Failures throw <see cref="TestKitAssertionException"/> saying what was expected and what arrived.
/// </summary>
public abstract partial class TestKitBase
{
    private readonly ProbeQueue _queue = new();
    private readonly IFunctionRef _self;
    private volatile Func<object, bool>? _ignore;

    private protected TestKitBase(ActorSystem system, TestKitSettings settings, string probeName)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(settings);
        Sys = system;
        Settings = settings.Validate();
        _self = system.CreateFunctionRef(OnMessage, probeName);
    }

    /// <summary>The actor system under test.</summary>
    public ActorSystem Sys { get; }

    public TestKitSettings Settings { get; }

    /// <summary>The message taken last by an expectation or receive (null before the first).</summary>
    public object? LastMessage { get; private set; }

    /// <summary>The sender of <see cref="LastMessage"/> (dead letters when it had none, Nobody before the first).</summary>
    public IActorRef LastSender { get; private set; } = ActorRefs.Nobody;

    /// <summary>True when messages are queued, not yet taken by an expectation.</summary>
    public bool HasMessages => _queue.Count > 0;

    /// <summary>The ref whose messages this inbox collects.</summary>
    private protected IFunctionRef Self => _self;

    /// <summary><paramref name="duration"/> multiplied by the time factor.</summary>
    public TimeSpan Dilated(TimeSpan duration) => Settings.Dilated(duration);

    /// <summary>Time left in the enclosing <c>Within</c> block.</summary>
    /// <exception cref="InvalidOperationException">Not inside a <c>Within</c> block.</exception>
    public TimeSpan Remaining =>
        WithinDeadline.Remaining ?? throw new InvalidOperationException("Remaining is only defined inside a Within block; use RemainingOrDefault outside one");

    /// <summary>Time left in the enclosing <c>Within</c> block, or the dilated default timeout outside one.</summary>
    public TimeSpan RemainingOrDefault => WithinDeadline.Remaining ?? Dilated(Settings.DefaultTimeout);

    /// <summary>Drops, before they are queued, the messages for which <paramref name="ignore"/> returns true.</summary>
    public void IgnoreMessages(Func<object, bool> ignore)
    {
        ArgumentNullException.ThrowIfNull(ignore);
        _ignore = ignore;
    }

    /// <summary>Drops, before they are queued, messages of type <typeparamref name="T"/>.</summary>
    public void IgnoreMessages<T>() => _ignore = static message => message is T;

    /// <summary>Stops ignoring messages.</summary>
    public void IgnoreNoMessages() => _ignore = null;

    /// <summary>
    /// The budget of one wait: the dilated <paramref name="timeout"/> (capped by an enclosing Within deadline), or
    /// what is left of that deadline, or the dilated default timeout.
    /// </summary>
    private protected WaitBudget Budget(TimeSpan? timeout)
    {
        var remaining = WithinDeadline.Remaining;
        if (timeout is null)
        {
            return remaining is { } left ? new WaitBudget(left, BoundByWithin: true) : new WaitBudget(Dilated(Settings.DefaultTimeout), BoundByWithin: false);
        }
        if (timeout.Value != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout.Value, TimeSpan.Zero, nameof(timeout));
        }
        var dilated = Dilated(timeout.Value);
        return remaining is { } rest && (dilated == Timeout.InfiniteTimeSpan || rest < dilated)
            ? new WaitBudget(rest, BoundByWithin: true)
            : new WaitBudget(dilated, BoundByWithin: false);
    }

    /// <summary>Takes the next message within <paramref name="wait"/>, recording it as the last one; null when none came.</summary>
    private protected async Task<Envelope?> TakeAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var envelope = await _queue.TakeAsync(wait, cancellationToken).ConfigureAwait(false);
        if (envelope is { } taken)
        {
            LastMessage = taken.Message;
            LastSender = taken.Sender;
        }
        return envelope;
    }

    /// <summary>Puts a taken message back at the front of the inbox.</summary>
    private protected void PutBack(Envelope envelope) => _queue.PushFront(envelope);

    private protected static TestKitAssertionException Failure(string message) => new(message);

    /// <summary>Runs an async expectation to completion on the calling thread (the library awaits without context).</summary>
    private protected static T Block<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private protected static void Block(Task task) => task.GetAwaiter().GetResult();

    private protected static TimeSpan Until(long deadline) => Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);

    private void OnMessage(object message, IActorRef sender)
    {
        if (_ignore is { } ignore && ignore(message))
        {
            return;
        }
        _queue.Enqueue(new Envelope(message, sender));
    }
}
