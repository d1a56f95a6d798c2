using ActorOrchestrator.Actors.Remote.TestNode;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

public sealed class RemoteDeathWatchSpec(ITestOutputHelper output) : RemoteSpec(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Watching_a_remote_actor_that_stops_yields_one_Terminated_with_existence_confirmed()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");
        var remoteEcho = RemoteRefTo(beta, echo);
        Watch(remoteEcho);
        remoteEcho.Tell(new Ping(1), TestActor);
        ExpectMsg(new Ping(1));

        beta.System.Stop(echo);

        var terminated = ExpectTerminated(remoteEcho, Patience);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public void Watching_a_remote_path_with_no_actor_yields_Terminated_without_existence_confirmed()
    {
        var beta = StartPeer("beta");
        var nobody = Remote.ActorFor(beta.Address, "/user/nobody");

        Watch(nobody);

        var terminated = ExpectTerminated(nobody, Patience);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public void An_actor_watching_a_remote_actor_gets_Terminated_in_its_own_mailbox()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");
        var watcher = Sys.ActorOf(Props.Create(() => new Watcher(TestActor)), "watcher");
        var remoteEcho = RemoteRefTo(beta, echo);
        watcher.Tell(new WatchIt(remoteEcho), TestActor);
        ExpectMsg(new Response(0));

        beta.System.Stop(echo);

        Assert.Same(remoteEcho, ExpectMsg<Terminated>(Patience).ActorRef);
    }

    [Fact]
    public void A_remote_system_watching_a_local_actor_learns_when_it_stops()
    {
        var beta = StartPeer("beta");
        var local = Sys.ActorOf(Props.Create<Echo>(), "local");
        var reports = beta.System.CreateFunctionRef((message, _) => TestActor.Tell(message, ActorRefs.NoSender));
        var watcher = beta.System.ActorOf(Props.Create(() => new Watcher(reports)), "watcher");
        var localSeenFromBeta = beta.Remoting.ActorFor(Remote.FullPathOf(local));
        watcher.Tell(new WatchIt(localSeenFromBeta), reports);
        ExpectMsg(new Response(0));
        localSeenFromBeta.Tell(new Ping(1), reports);
        ExpectMsg(new Ping(1));

        Sys.Stop(local);

        var terminated = ExpectMsg<Terminated>(Patience);
        Assert.Same(localSeenFromBeta, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
    }

    [Fact]
    public void After_Unwatch_the_stop_of_the_remote_actor_is_not_reported()
    {
        var beta = StartPeer("beta");
        var echo = beta.System.ActorOf(Props.Create<Echo>(), "echo");
        var remoteEcho = RemoteRefTo(beta, echo);
        var probe = CreateTestProbe();
        probe.Watch(remoteEcho);
        Watch(remoteEcho);

        probe.Unwatch(remoteEcho);
        beta.System.Stop(echo);

        ExpectTerminated(remoteEcho, Patience);
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task When_the_remote_system_shuts_down_its_watched_actors_are_reported_terminated()
    {
        var beta = StartPeer("beta");
        var echo = RemoteRefTo(beta, beta.System.ActorOf(Props.Create<Echo>(), "echo"));
        Watch(echo);
        echo.Tell(new Ping(1), TestActor);
        ExpectMsg(new Ping(1));

        await beta.StopAsync();

        ExpectTerminated(echo, Patience);
    }

    [Fact]
    public async Task A_peer_restarted_on_the_same_address_with_a_new_uid_associates_afresh_and_its_old_actors_are_terminated()
    {
        var first = StartPeer("beta");
        var port = first.Address.Port;
        var oldEcho = RemoteRefTo(first, first.System.ActorOf(Props.Create<Echo>(), "echo"));
        Watch(oldEcho);
        oldEcho.Tell(new Ping(1), TestActor);
        ExpectMsg(new Ping(1));
        var oldUid = Remote.PeerUid(first.Address);
        await first.Remoting.StopAsync();
        ExpectTerminated(oldEcho, Patience);

        var second = StartPeer("beta", FastSettings with { Port = port });
        second.System.ActorOf(Props.Create<Echo>(), "echo");
        var echo = Remote.ActorFor(second.Address, "/user/echo");

        AwaitAssert(() =>
        {
            echo.Tell(new Ping(2), TestActor);
            ExpectMsg(new Ping(2), TimeSpan.FromMilliseconds(500));
        }, Patience, TimeSpan.FromMilliseconds(200));
        Assert.NotEqual(oldUid, Remote.PeerUid(second.Address));
        Assert.Equal(second.Remoting.Uid, Remote.PeerUid(second.Address));
    }
}
