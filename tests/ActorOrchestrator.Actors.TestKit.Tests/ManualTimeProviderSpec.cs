using ActorOrchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class ManualTimeProviderSpec : TestKit
{
    private readonly ManualTimeProvider _time;

    public ManualTimeProviderSpec(ITestOutputHelper output)
        : this(new ManualTimeProvider(), output)
    {
    }

    private ManualTimeProviderSpec(ManualTimeProvider time, ITestOutputHelper output)
        : base(output: output, timeProvider: time)
    {
        _time = time;
    }

    [Fact]
    public void An_actor_timer_fires_when_virtual_time_passes_without_waiting_for_it()
    {
        var reminder = ActorOf(Props.Create(() => new DelayedReminder(TestActor, TimeSpan.FromHours(1))));
        Send(reminder, "arm");
        ExpectMsg("armed");
        _time.Advance(TimeSpan.FromMinutes(59));
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        _time.Advance(TimeSpan.FromMinutes(1));
        ExpectMsg("reminded");
    }

    [Fact]
    public void The_clock_moves_only_when_advanced()
    {
        var start = _time.GetUtcNow();
        var timestamp = _time.GetTimestamp();
        Thread.Sleep(20);
        Assert.Equal(start, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(start + TimeSpan.FromSeconds(90), _time.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(90), _time.GetElapsedTime(timestamp));
        Assert.Equal(Sys.Scheduler.Now, _time.GetUtcNow());
    }

    [Fact]
    public void Timers_fire_in_due_order_each_seeing_its_own_due_time()
    {
        var start = _time.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        using var late = _time.CreateTimer(_ => fired.Add(("late", _time.GetUtcNow() - start)), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var early = _time.CreateTimer(_ => fired.Add(("early", _time.GetUtcNow() - start)), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        using var beyond = _time.CreateTimer(_ => fired.Add(("beyond", _time.GetUtcNow() - start)), null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([("early", TimeSpan.FromSeconds(10)), ("late", TimeSpan.FromSeconds(30))], fired);
        Assert.Equal(1, _time.PendingTimers);
    }

    [Fact]
    public void A_periodic_timer_fires_as_often_as_its_period_fits()
    {
        var count = 0;
        using var timer = _time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(3, count);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(4, count);
    }

    [Fact]
    public void Disposed_or_disarmed_timers_do_not_fire_and_a_zero_delay_fires_at_the_next_advance()
    {
        var fired = new List<string>();
        var disposed = _time.CreateTimer(_ => fired.Add("disposed"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var disarmed = _time.CreateTimer(_ => fired.Add("disarmed"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var immediate = _time.CreateTimer(_ => fired.Add("immediate"), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        Assert.False(disposed.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
        Assert.True(disarmed.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        Assert.Empty(fired);
        _time.Advance(TimeSpan.Zero);
        Assert.Equal(["immediate"], fired);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["immediate"], fired);
    }
}
