namespace ActorOrchestrator.Actors;

/// <summary>The mailbox side of the cell: enqueueing, scheduling on the thread pool, and the per-turn loop.</summary>
internal sealed partial class ActorCell : IThreadPoolWorkItem
{
    private const int StatusIdle = 0;
    private const int StatusScheduled = 1;
    private const int StatusClosed = 2;

    private readonly int _capacity;
    private UserMessageQueue _queue;
    private SystemMessage? _systemMessages;
    private int _status;
    private int _count;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_capacity > 0 && !TryReserveCapacity(message, sender))
        {
            return;
        }
        _queue.Enqueue(message, sender);
        // Publishing the message and reading the status must not be reordered (store-load), or a consumer going
        // idle and this producer could both miss each other.
        Interlocked.MemoryBarrier();
        var status = Volatile.Read(ref _status);
        if (status == StatusIdle)
        {
            TrySchedule();
        }
        else if (status == StatusClosed)
        {
            DrainClosedMailbox();
        }
    }

    internal override void SendSystemMessage(SystemMessage message)
    {
        SystemMessage? head;
        do
        {
            head = Volatile.Read(ref _systemMessages);
            message.Next = head;
        }
        while (Interlocked.CompareExchange(ref _systemMessages, message, head) != head);
        var status = Volatile.Read(ref _status);
        if (status == StatusIdle)
        {
            TrySchedule();
        }
        else if (status == StatusClosed)
        {
            DrainClosedMailbox();
        }
    }

    void IThreadPoolWorkItem.Execute()
    {
        var previous = t_current;
        t_current = this;
        try
        {
            if (_lifecycle == LifecycleUncreated)
            {
                CreateActor();
            }
            ProcessSystemMessages();
            if (CanProcessUserMessages)
            {
                ProcessUserMessages(_props.Throughput ?? _system.Settings.Throughput);
            }
        }
        catch (Exception e)
        {
            KernelLog.KernelFault(_system.KernelLogger, Path.ToString(), e);
        }
        finally
        {
            t_current = previous;
        }
        if (Volatile.Read(ref _status) == StatusClosed)
        {
            return;
        }
        Interlocked.Exchange(ref _status, StatusIdle);
        if (Volatile.Read(ref _systemMessages) is not null || (CanProcessUserMessages && HasUserMessages))
        {
            TrySchedule();
        }
    }

    private bool CanProcessUserMessages => (_lifecycle | _suspendCount) == 0;

    private bool HasUserMessages => _extras?.Unstashed is { Count: > 0 } || _queue.HasMessages;

    private void TrySchedule()
    {
        if (Interlocked.CompareExchange(ref _status, StatusScheduled, StatusIdle) == StatusIdle)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
        }
    }

    private void ProcessUserMessages(int throughput)
    {
        for (var processed = 0; processed < throughput; processed++)
        {
            if (!TryDequeue(out var message, out var sender))
            {
                return;
            }
            Invoke(message, sender);
            if (Volatile.Read(ref _systemMessages) is not null)
            {
                ProcessSystemMessages();
            }
            if (!CanProcessUserMessages)
            {
                return;
            }
        }
    }

    private bool TryDequeue(out object message, out IActorRef? sender)
    {
        if (_extras?.Unstashed is { Count: > 0 } front)
        {
            var slot = front.Pop();
            message = slot.Message!;
            sender = slot.Sender;
            return true;
        }
        if (_queue.TryDequeue(out message, out sender))
        {
            if (_capacity > 0)
            {
                Interlocked.Decrement(ref _count);
            }
            return true;
        }
        return false;
    }

    private void ProcessSystemMessages()
    {
        while (Volatile.Read(ref _systemMessages) is not null)
        {
            var batch = Reverse(Interlocked.Exchange(ref _systemMessages, null));
            while (batch is not null)
            {
                var next = batch.Next;
                batch.Next = null;
                if (Volatile.Read(ref _status) == StatusClosed)
                {
                    ReplyAsDead(batch);
                }
                else
                {
                    HandleSystemMessage(batch);
                }
                batch = next;
            }
        }
    }

    private static SystemMessage? Reverse(SystemMessage? stack)
    {
        SystemMessage? reversed = null;
        while (stack is not null)
        {
            var next = stack.Next;
            stack.Next = reversed;
            reversed = stack;
            stack = next;
        }
        return reversed;
    }

    private bool TryReserveCapacity(object message, IActorRef? sender)
    {
        if (Interlocked.Increment(ref _count) <= _capacity || Volatile.Read(ref _status) == StatusClosed)
        {
            return true;
        }
        Interlocked.Decrement(ref _count);
        KernelLog.MailboxOverflow(_system.KernelLogger, Path.ToString(), _capacity, message.GetType().Name);
        _system.DeadLettersRef.Deliver(message, sender, this);
        return false;
    }

    /// <summary>
    /// Closes the mailbox for good: from now on whoever sees it closed (the last turn, or a producer that raced
    /// with it) turns what is queued into dead letters, one at a time under the lock.
    /// </summary>
    private void CloseMailbox()
    {
        Interlocked.Exchange(ref _status, StatusClosed);
        if (_extras?.Unstashed is { } front)
        {
            while (front.TryPop(out var slot))
            {
                _system.DeadLettersRef.Deliver(slot.Message!, slot.Sender, this);
            }
        }
        DrainClosedMailbox();
    }

    private void DrainClosedMailbox()
    {
        lock (this)
        {
            var system = Reverse(Interlocked.Exchange(ref _systemMessages, null));
            for (; system is not null; system = system.Next)
            {
                ReplyAsDead(system);
            }
            while (_queue.TryDequeue(out var message, out var sender))
            {
                _system.DeadLettersRef.Deliver(message, sender, this);
            }
        }
    }
}
