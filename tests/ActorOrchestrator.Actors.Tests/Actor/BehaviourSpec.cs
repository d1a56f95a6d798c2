using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Tests.Actor;

public sealed class BehaviourSpec : KernelSpec
{
    [Fact]
    public void Become_replaces_the_handlers_and_BecomeStacked_unbecomes_back()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Moody(probe.Ref)));
        actor.Tell("how");
        actor.Tell("angry");
        actor.Tell("how");
        actor.Tell("calm");
        actor.Tell("how");
        actor.Tell("sad");
        actor.Tell("how");
        actor.Tell("unbecome");
        actor.Tell("how");
        Assert.Equal(["happy", "angry", "happy", "sad", "happy"], probe.ReceiveN(5).Cast<string>());
    }

    [Fact]
    public void Predicates_pick_the_first_matching_handler_and_ReceiveAny_catches_the_rest()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Classifier(probe.Ref)));
        actor.Tell(5);
        actor.Tell(-5);
        actor.Tell("text");
        Assert.Equal(["positive", "other int", "any String"], probe.ReceiveN(3).Cast<string>());
    }

    [Fact]
    public void An_async_handler_holds_back_later_messages_until_its_task_completes_and_keeps_the_sender()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new AsyncWorker()));
        using var gate = new SemaphoreSlim(0);
        probe.Send(actor, gate);
        probe.Send(actor, "second");
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        gate.Release();
        probe.ExpectMsg("first done");
        Assert.Equal(actor, probe.LastSender);
        probe.ExpectMsg("second");
    }

    [Fact]
    public void A_faulted_async_handler_fails_the_actor()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new AsyncWorker()));
        probe.Send(actor, 1);
        probe.Send(actor, "after restart");
        probe.ExpectMsg("after restart");
        Assert.Contains(LogEntries, e => e.Exception is InvalidOperationException { Message: "async failure" });
    }

    [Fact]
    public void ReceiveAsync_outside_a_handler_registration_is_rejected()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new LateRegistration(probe.Ref)));
        actor.Tell("register");
        probe.ExpectMsg("InvalidOperationException");
    }

    [Fact]
    public void Context_Log_writes_through_the_system_logger_factory_with_the_actor_class_as_category()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Chatty()));
        actor.Tell("hello");
        var entries = AwaitLogs(entries => entries.Any(e => e.Message == "chatty got hello"));
        Assert.Equal(typeof(Chatty).FullName, entries.Single(e => e.Message == "chatty got hello").Category);
    }

    private sealed class Chatty : ReceiveActor
    {
        public Chatty()
        {
            Receive<string>(s => Context.Log.LogWarning("chatty got {Text}", s));
        }
    }

    private sealed class Moody : ReceiveActor
    {
        public Moody(IActorRef probe)
        {
            Receive<string>(s => s == "how", _ => probe.Tell("happy"));
            Receive<string>(s => s == "angry", _ => Become(() =>
            {
                Receive<string>(s => s == "how", _ => probe.Tell("angry"));
                Receive<string>(s => s == "calm", _ => Context.UnbecomeStacked());
            }));
            Receive<string>(s => s == "sad", _ => BecomeStacked(() =>
            {
                Receive<string>(s => s == "how", _ => probe.Tell("sad"));
                Receive<string>(s => s == "unbecome", _ => Context.UnbecomeStacked());
            }));
        }
    }

    private sealed class Classifier : ReceiveActor
    {
        public Classifier(IActorRef probe)
        {
            Receive<int>(i => i > 0, _ => probe.Tell("positive"));
            Receive<int>(_ => probe.Tell("other int"));
            ReceiveAny(message => probe.Tell("any " + message.GetType().Name));
        }
    }

    private sealed class AsyncWorker : ReceiveActor
    {
        public AsyncWorker()
        {
            ReceiveAsync<SemaphoreSlim>(async gate =>
            {
                await gate.WaitAsync();
                Sender.Tell("first done");
            });
            ReceiveAsync<int>(async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async failure");
            });
            Receive<string>(s => Sender.Tell(s));
        }
    }

    private sealed class LateRegistration : ReceiveActor
    {
        public LateRegistration(IActorRef probe)
        {
            Receive<string>(_ =>
            {
                try
                {
                    Receive<int>(_ => { });
                }
                catch (InvalidOperationException e)
                {
                    probe.Tell(e.GetType().Name);
                }
            });
        }
    }
}
