using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Actor;

public sealed class NamingAndPathsSpec : KernelSpec
{
    [Fact]
    public void Top_level_actor_paths_are_hierarchical_under_user()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Parent()), "parent");
        var probe = CreateTestProbe();
        probe.Send(parent, new CreateChild("child"));
        var child = probe.ExpectMsg<IActorRef>();
        Assert.Equal($"ao://{Sys.Name}/user/parent", parent.Path.ToString());
        Assert.Equal($"ao://{Sys.Name}/user/parent/child", child.Path.ToString());
        Assert.Equal(["user", "parent", "child"], child.Path.Elements);
        Assert.Equal(parent.Path, child.Path.Parent);
    }

    [Fact]
    public void Unnamed_actors_get_generated_dollar_names_in_sequence()
    {
        var first = Sys.ActorOf(Props.Create(() => new Parent()));
        var second = Sys.ActorOf(Props.Create(() => new Parent()));
        Assert.Equal("$a", first.Path.Name);
        Assert.Equal("$b", second.Path.Name);
    }

    [Fact]
    public void A_name_taken_by_a_live_sibling_is_rejected_with_a_clear_message()
    {
        Sys.ActorOf(Props.Create(() => new Parent()), "taken");
        var error = Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create(() => new Parent()), "taken"));
        Assert.Contains("'taken' is not unique", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$reserved")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    public void Invalid_names_are_rejected(string name)
    {
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create(() => new Parent()), name));
    }

    [Fact]
    public void A_name_can_be_reused_after_the_actor_stopped_and_the_new_ref_is_a_new_incarnation()
    {
        var probe = CreateTestProbe();
        var first = Sys.ActorOf(Props.Create(() => new Parent()), "again");
        probe.Watch(first);
        Sys.Stop(first);
        probe.ExpectTerminated(first);
        var second = AwaitCreation(() => Sys.ActorOf(Props.Create(() => new Parent()), "again"));
        Assert.Equal(first.Path, second.Path);
        Assert.NotEqual(first.Path.Uid, second.Path.Uid);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Messages_to_the_old_incarnation_become_dead_letters()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(DeadLetter));
        var first = Sys.ActorOf(Props.Create(() => new Parent()), "old");
        probe.Watch(first);
        Sys.Stop(first);
        probe.ExpectTerminated(first);
        first.Tell("late", ActorRefs.NoSender);
        var deadLetter = probe.ExpectMsg<DeadLetter>();
        Assert.Equal("late", deadLetter.Message);
        Assert.Equal(first, deadLetter.Recipient);
    }

    [Fact]
    public void Constructing_an_actor_directly_throws()
    {
        var error = Assert.Throws<ActorInitializationException>(() => new Parent());
        Assert.Contains("Props", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_newed_up_inside_another_actors_constructor_is_rejected()
    {
        var probe = CreateTestProbe();
        var outer = Sys.ActorOf(Props.Create(() => new NewsUpAnother()));
        probe.Watch(outer);
        probe.ExpectTerminated(outer);
        AwaitLogs(entries => entries.Any(e => e.Exception is ActorInitializationException { InnerException: ActorInitializationException }));
    }

    [Fact]
    public void Invalid_system_names_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ActorSystem.Create("bad name"));
    }

    [Fact]
    public void Identify_is_answered_with_the_ref_and_by_a_dead_ref_with_null()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Parent()));
        probe.Send(actor, new Identify(42));
        Assert.Equal(new ActorIdentity(42, actor), probe.ExpectMsg<ActorIdentity>());
        probe.Watch(actor);
        Sys.Stop(actor);
        probe.ExpectTerminated(actor);
        probe.Send(actor, new Identify(43));
        Assert.Equal(new ActorIdentity(43, null), probe.ExpectMsg<ActorIdentity>());
    }

    private static IActorRef AwaitCreation(Func<IActorRef> create)
    {
        // The parent frees the name when it processes the child's termination, just after watchers are told.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            try
            {
                return create();
            }
            catch (InvalidActorNameException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(5);
            }
        }
    }

    private sealed record CreateChild(string Name);

    private sealed class NewsUpAnother : ActorBase
    {
        public NewsUpAnother() => GC.KeepAlive(new Parent());

        protected override bool Receive(object message) => true;
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent()
        {
            Receive<CreateChild>(create => Sender.Tell(Context.ActorOf(Props.Create(() => new Parent()), create.Name)));
        }
    }
}
