using ActorOrchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class ProbeSpec(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void A_probe_stands_in_for_a_service_and_replies_to_the_last_sender()
    {
        var service = CreateTestProbe("service");
        var relay = ActorOf(Props.Create(() => new Relay(service.Ref, TestActor)), "relay");
        Send(relay, "how many?");
        Assert.Equal("how many?", service.ExpectMsg<string>());
        Assert.Equal(relay, service.LastSender);
        service.Reply(42);
        Assert.Equal(42, ExpectMsg<int>());
        Assert.Equal(relay, LastSender);
    }

    [Fact]
    public void Forward_keeps_the_original_sender()
    {
        var middle = CreateTestProbe();
        var last = CreateTestProbe();
        var echo = ActorOf<EchoActor>();
        Send(middle.Ref, "pass it on");
        middle.ExpectMsg("pass it on");
        middle.Forward(echo);
        Assert.Equal("pass it on", ExpectMsg<string>());
        Assert.Equal(echo, LastSender);
        middle.Forward(last.Ref, "another");
        last.ExpectMsgFrom<string>(TestActor);
    }

    [Fact]
    public void Reply_and_Forward_before_any_message_are_refused()
    {
        var probe = CreateTestProbe();
        Assert.Contains("Reply needs a received message", Assert.Throws<InvalidOperationException>(() => probe.Reply("x")).Message);
        Assert.Contains("Forward needs a received message", Assert.Throws<InvalidOperationException>(() => probe.Forward(TestActor)).Message);
    }

    [Fact]
    public void Probes_have_inboxes_separate_from_the_TestActor_and_from_each_other()
    {
        var first = CreateTestProbe();
        var second = CreateTestProbe();
        first.Tell("for first");
        second.Tell("for second", TestActor);
        Assert.Equal("for second", second.ExpectMsg<string>());
        Assert.Equal(TestActor, second.LastSender);
        Assert.Equal("for first", first.ExpectMsg<string>());
        Assert.Equal(Sys.DeadLetters, first.LastSender);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        Assert.NotEqual(first.Ref.Path, second.Ref.Path);
    }

    [Fact]
    public void A_probe_fails_with_the_same_clear_messages_as_the_kit()
    {
        var probe = CreateTestProbe();
        probe.Tell(1);
        var failure = Assert.Throws<TestKitAssertionException>(() => probe.ExpectMsg("one"));
        Assert.Contains("expected String \"one\", but received Int32 1", failure.Message);
    }

    [Fact]
    public void A_probe_can_watch_an_actor()
    {
        var probe = CreateTestProbe();
        var echo = probe.Watch(ActorOf<EchoActor>());
        echo.Tell(PoisonPill.Instance, null);
        probe.ExpectTerminated(echo);
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_disposed_probe_is_terminated_for_its_watchers_and_its_messages_become_dead_letters()
    {
        var probe = CreateTestProbe();
        Watch(probe.Ref);
        probe.Dispose();
        ExpectTerminated(probe.Ref);
        ExpectDeadLetters<string>(1, () => probe.Ref.Tell("too late", null));
    }

    [Fact]
    public void Ignored_messages_never_reach_the_inbox()
    {
        IgnoreMessages<int>();
        TestActor.Tell(1, null);
        TestActor.Tell("kept", null);
        Assert.Equal("kept", ExpectMsg<string>());
        IgnoreNoMessages();
        TestActor.Tell(2, null);
        Assert.Equal(2, ExpectMsg<int>());
    }
}
