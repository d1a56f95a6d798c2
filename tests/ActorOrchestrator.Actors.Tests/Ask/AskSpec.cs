using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Ask;

public sealed class AskSpec : KernelSpec
{
    [Fact]
    public async Task Ask_completes_with_the_reply()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Replier()));
        Assert.Equal("pong", await echo.Ask<string>("ping", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Ask_of_a_dead_actor_fails_at_once_with_a_clear_exception()
    {
        var probe = CreateTestProbe();
        var target = Sys.ActorOf(Props.Create(() => new Replier()));
        probe.Watch(target);
        Sys.Stop(target);
        probe.ExpectTerminated(target);
        var ask = target.Ask<string>("ping", TimeSpan.FromMinutes(5));
        Assert.True(ask.IsFaulted);
        var error = await Assert.ThrowsAsync<AskTargetTerminatedException>(() => ask);
        Assert.Contains(target.Path.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("already terminated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_of_Nobody_fails_at_once()
    {
        await Assert.ThrowsAsync<AskTargetTerminatedException>(() => ActorRefs.Nobody.Ask<string>("ping"));
    }

    [Fact]
    public async Task Ask_times_out_without_a_reply()
    {
        var silent = Sys.ActorOf(Props.Create(() => new Replier()));
        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => silent.Ask<string>("ignore", TimeSpan.FromMilliseconds(100)));
        Assert.Contains("String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Status_Failure_reply_faults_the_task_with_its_cause()
    {
        var replier = Sys.ActorOf(Props.Create(() => new Replier()));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => replier.Ask<string>("fail", TimeSpan.FromSeconds(5)));
        Assert.Equal("refused", error.Message);
    }

    [Fact]
    public async Task A_reply_of_the_wrong_type_faults_the_task()
    {
        var replier = Sys.ActorOf(Props.Create(() => new Replier()));
        var error = await Assert.ThrowsAsync<InvalidCastException>(() => replier.Ask<int>("ping", TimeSpan.FromSeconds(5)));
        Assert.Contains("expected a reply of type Int32 but got String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Ask_without_timeout_fails_when_the_target_stops_before_replying()
    {
        var silent = Sys.ActorOf(Props.Create(() => new Replier()));
        var ask = silent.Ask<string>("ignore");
        Sys.Stop(silent);
        var error = await Assert.ThrowsAsync<AskTargetTerminatedException>(() => ask.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("terminated before replying", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_timeout_comes_from_the_settings()
    {
        await using var system = ActorSystem.Create("asktimeout", ActorSystemSettings.Default with
        {
            AskTimeout = TimeSpan.FromMilliseconds(100),
            RunCoordinatedShutdownOnProcessExit = false,
        });
        var silent = system.ActorOf(Props.Create(() => new Replier()));
        await Assert.ThrowsAsync<AskTimeoutException>(() => silent.Ask<string>("ignore").WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Ask_can_be_cancelled()
    {
        var silent = Sys.ActorOf(Props.Create(() => new Replier()));
        using var cancellation = new CancellationTokenSource();
        var ask = silent.Ask<string>("ignore", TimeSpan.FromMinutes(1), cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ask);
    }

    [Fact]
    public async Task The_message_factory_gets_the_temporary_reply_to_ref()
    {
        var replier = Sys.ActorOf(Props.Create(() => new Replier()));
        var reply = await replier.Ask<string>(replyTo => new ReplyTo(replyTo), TimeSpan.FromSeconds(5));
        Assert.Equal("explicit", reply);
    }

    [Fact]
    public async Task Many_concurrent_asks_each_get_their_own_reply()
    {
        var replier = Sys.ActorOf(Props.Create(() => new Replier()));
        var replies = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => replier.Ask<int>(i, TimeSpan.FromSeconds(10))));
        Assert.Equal(Enumerable.Range(1, 1_000), replies);
    }

    [Fact]
    public async Task A_second_reply_to_an_Ask_becomes_a_dead_letter()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(DeadLetter));
        var replier = Sys.ActorOf(Props.Create(() => new Replier()));
        Assert.Equal("first", await replier.Ask<string>("twice", TimeSpan.FromSeconds(5)));
        Assert.Equal("second", probe.ExpectMsg<DeadLetter>().Message);
    }

    private sealed record ReplyTo(IActorRef Target);

    private sealed class Replier : ReceiveActor
    {
        public Replier()
        {
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong"));
            Receive<string>(s => s == "fail", _ => Sender.Tell(new Status.Failure(new InvalidOperationException("refused"))));
            Receive<string>(s => s == "twice", _ =>
            {
                Sender.Tell("first");
                Sender.Tell("second");
            });
            Receive<int>(i => Sender.Tell(i + 1));
            Receive<ReplyTo>(r => r.Target.Tell("explicit"));
            Receive<string>(_ => { });
        }
    }
}
