using ActorOrchestrator.Actors.Remote.TestNode;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>Messages that cannot travel are dropped one by one, logged and counted; the link stays up.</summary>
public sealed class DropSpec(ITestOutputHelper output) : RemoteSpec(output)
{
    private sealed record NotRegistered(int Number);

    private sealed record OnlyOnBeta(int Number);

    [Fact]
    public void A_message_larger_than_maximum_frame_size_is_dropped_logged_and_counted_and_the_link_keeps_working()
    {
        var beta = StartPeer("beta");
        var echo = RemoteRefTo(beta, beta.System.ActorOf(Props.Create<Echo>(), "echo"));
        echo.Tell(new Ping(1), TestActor);
        ExpectMsg(new Ping(1));

        ExpectLog(LogLevel.Warning, "larger than maximum-frame-size (128000 bytes)", 1, () =>
            echo.Tell(new Text(new string('x', 200_000)), TestActor));

        Assert.Equal(1, Remote.Metrics.OversizedDropped);
        echo.Tell(new Ping(2), TestActor);
        ExpectMsg(new Ping(2));
        echo.Tell(new Text(new string('y', 100_000)), TestActor);
        Assert.Equal(100_000, ExpectMsg<Text>(TimeSpan.FromSeconds(10)).Value.Length);
    }

    [Fact]
    public void A_message_whose_type_has_no_manifest_is_dropped_at_the_sender_with_one_log_line()
    {
        var beta = StartPeer("beta");
        var echo = RemoteRefTo(beta, beta.System.ActorOf(Props.Create<Echo>(), "echo"));

        ExpectLog(LogLevel.Warning, "has no registered manifest", 1, () =>
        {
            echo.Tell(new NotRegistered(1), TestActor);
            echo.Tell(new NotRegistered(2), TestActor);
            echo.Tell(new Ping(3), TestActor);
            ExpectMsg(new Ping(3));
        });

        Assert.Equal(2, Remote.Metrics.UnregisteredDropped);
    }

    [Fact]
    public void A_message_with_a_manifest_unknown_to_the_receiver_is_dropped_with_a_log_line_and_the_link_stays_up()
    {
        var betaSerializer = TestMessageSerializer.Default().Add<OnlyOnBeta>("OnlyOnBeta.v1");
        var beta = StartPeer("beta", serializer: betaSerializer);
        var testActorFromBeta = beta.Remoting.ActorFor(Remote.FullPathOf(TestActor));

        ExpectLog(LogLevel.Warning, "manifest 'OnlyOnBeta.v1' is not registered here", 1, () =>
        {
            testActorFromBeta.Tell(new OnlyOnBeta(1), ActorRefs.NoSender);
            testActorFromBeta.Tell(new Ping(2), ActorRefs.NoSender);
            ExpectMsg(new Ping(2));
        });

        Assert.Equal(1, Remote.Metrics.UnknownManifestDropped);
        Assert.Equal(0, Remote.Metrics.ProtocolErrorCloses);
        testActorFromBeta.Tell(new Ping(3), ActorRefs.NoSender);
        ExpectMsg(new Ping(3));
    }

    [Fact]
    public void Sends_to_an_address_nobody_listens_on_are_dropped_counted_and_the_failure_is_logged_once_per_gate()
    {
        var unused = new RemoteAddress("ghost", "127.0.0.1", FreePort());
        var ghost = Remote.ActorFor(unused, "/user/nobody");

        ExpectLog(LogLevel.Warning, $"Association with {unused} failed", 1, () =>
        {
            ghost.Tell(new Ping(1), TestActor);
            AwaitCondition(() => Remote.Metrics.DroppedOnLinkLoss == 1, TimeSpan.FromSeconds(10));
            for (var i = 0; i < 100; i++)
            {
                ghost.Tell(new Ping(i), TestActor);
            }
        });

        Assert.Equal(100, Remote.Metrics.GatedDropped);
    }

    [Fact]
    public void After_the_gate_opens_a_member_that_has_started_meanwhile_is_reached()
    {
        var port = FreePort();
        var address = new RemoteAddress("late", "127.0.0.1", port);
        var late = Remote.ActorFor(address, "/user/echo");
        late.Tell(new Ping(0), TestActor);
        AwaitCondition(() => Remote.Metrics.DroppedOnLinkLoss == 1, TimeSpan.FromSeconds(10));

        var peer = StartPeer("late", FastSettings with { Port = port });
        peer.System.ActorOf(Props.Create<Echo>(), "echo");

        AwaitAssert(() =>
        {
            late.Tell(new Ping(1), TestActor);
            ExpectMsg(new Ping(1), TimeSpan.FromMilliseconds(500));
        }, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
