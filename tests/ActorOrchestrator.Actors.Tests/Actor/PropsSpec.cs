using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Actor;

public sealed class PropsSpec : KernelSpec
{
    [Fact]
    public void Props_are_immutable_recipes()
    {
        var props = Props.Create(() => new Greeter("hi"));
        var bounded = props.WithBoundedMailbox(10).WithThroughput(5).WithStashCapacity(3).WithSupervisorStrategy(SupervisorStrategy.StoppingStrategy);
        Assert.Null(props.MailboxCapacity);
        Assert.Null(props.Throughput);
        Assert.Equal(10, bounded.MailboxCapacity);
        Assert.Equal(5, bounded.Throughput);
        Assert.Equal(3, bounded.StashCapacity);
        Assert.Same(SupervisorStrategy.StoppingStrategy, bounded.SupervisorStrategy);
        Assert.Equal(typeof(Greeter), bounded.ActorType);
        Assert.Throws<ArgumentOutOfRangeException>(() => props.WithThroughput(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => props.WithBoundedMailbox(0));
    }

    [Fact]
    public void Props_by_type_pass_the_constructor_arguments()
    {
        var greeter = Sys.ActorOf(Props.Create(typeof(Greeter), "hello"));
        greeter.Tell("you");
        ExpectMsg("hello you");
    }

    [Fact]
    public void Props_by_type_reject_types_that_are_not_actors()
    {
        Assert.Throws<ArgumentException>(() => Props.Create(typeof(string)));
    }

    [Fact]
    public void Every_start_and_restart_calls_the_factory_for_a_new_instance()
    {
        var created = 0;
        var actor = Sys.ActorOf(Props.Create(() =>
        {
            Interlocked.Increment(ref created);
            return new Greeter("x");
        }));
        actor.Tell(42);
        actor.Tell("after");
        ExpectMsg("x after");
        Assert.Equal(2, Volatile.Read(ref created));
    }

    private sealed class Greeter : ReceiveActor
    {
        public Greeter(string greeting)
        {
            Receive<string>(name => Sender.Tell($"{greeting} {name}"));
            Receive<int>(_ => throw new InvalidOperationException("restart me"));
        }
    }
}
