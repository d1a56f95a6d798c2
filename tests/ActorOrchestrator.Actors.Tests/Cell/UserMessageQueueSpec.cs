namespace ActorOrchestrator.Actors.Tests.Cell;

public sealed class UserMessageQueueSpec
{
    private sealed class Holder
    {
        public UserMessageQueue Queue;
    }

    [Fact]
    public void An_empty_queue_has_no_messages()
    {
        var holder = new Holder();
        Assert.False(holder.Queue.HasMessages);
        Assert.False(holder.Queue.TryDequeue(out _, out _));
    }

    [Fact]
    public void Messages_come_out_in_order_with_their_senders_across_segment_growth_and_release()
    {
        var holder = new Holder();
        var sender = ActorRefs.Nobody;
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 5_000; i++)
            {
                holder.Queue.Enqueue(i, i % 2 == 0 ? sender : null);
            }
            for (var i = 0; i < 5_000; i++)
            {
                Assert.True(holder.Queue.TryDequeue(out var message, out var from));
                Assert.Equal(i, message);
                Assert.Equal(i % 2 == 0 ? sender : null, from);
            }
            Assert.False(holder.Queue.HasMessages);
        }
    }

    [Fact]
    public void Concurrent_producers_lose_nothing_and_keep_their_own_order_while_the_consumer_drains()
    {
        const int producers = 4;
        const int perProducer = 200_000;
        var holder = new Holder();
        var start = new Barrier(producers + 1);
        var threads = Enumerable.Range(0, producers).Select(p => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < perProducer; i++)
            {
                holder.Queue.Enqueue((p, i), null);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.SignalAndWait();
        var next = new int[producers];
        var received = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (received < producers * perProducer)
        {
            if (holder.Queue.TryDequeue(out var message, out _))
            {
                var (producer, sequence) = ((int, int))message;
                Assert.Equal(next[producer], sequence);
                next[producer]++;
                received++;
            }
            else
            {
                Assert.True(DateTime.UtcNow < deadline, $"only {received} messages arrived");
                Thread.Yield();
            }
        }
        threads.ForEach(t => t.Join());
        Assert.False(holder.Queue.TryDequeue(out _, out _));
    }
}
