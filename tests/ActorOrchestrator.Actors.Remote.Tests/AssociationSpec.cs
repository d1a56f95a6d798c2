using System.Net;
using System.Net.Sockets;
using ActorOrchestrator.Actors.Remote.TestNode;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>One link per pair of members: when both connect at once, the link opened by the lower address survives.</summary>
public sealed class AssociationSpec(ITestOutputHelper output) : RemoteSpec(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task While_this_member_dials_a_higher_address_an_inbound_link_from_it_is_refused_as_duplicate()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var higher = new RemoteAddress("zzz", "127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        Remote.ActorFor(higher, "/user/x").Tell(new Ping(1), TestActor);
        await using var dialled = await RawPeer.AcceptAsync(listener);
        Assert.NotNull(await dialled.ReadFrameAsync(Patience));

        await using var inbound = await RawPeer.ConnectAsync(Remote.Address);
        await inbound.SendHandshakeAsync(higher, uid: 1);
        var refusal = await inbound.ReadUntilAsync(FrameType.Disassociate, Patience);
        Assert.NotNull(refusal);
        Assert.Equal((byte)DisassociateReason.Duplicate, refusal[0]);

        await dialled.SendHandshakeAsync(higher, uid: 1);
        Assert.NotNull(await dialled.ReadUntilAsync(FrameType.User, Patience));
    }

    [Fact]
    public async Task While_this_member_dials_a_lower_address_an_inbound_link_from_it_wins_and_carries_the_queued_messages()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var lower = new RemoteAddress("aaa", "127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        Remote.ActorFor(lower, "/user/x").Tell(new Ping(1), TestActor);
        await using var dialled = await RawPeer.AcceptAsync(listener);
        Assert.NotNull(await dialled.ReadFrameAsync(Patience));

        await using var inbound = await RawPeer.ConnectAsync(Remote.Address);
        await inbound.SendHandshakeAsync(lower, uid: 1);
        Assert.NotNull(await inbound.ReadUntilAsync(FrameType.Handshake, Patience));
        Assert.NotNull(await inbound.ReadUntilAsync(FrameType.User, Patience));

        await dialled.SendHandshakeAsync(lower, uid: 1);
        var refusal = await dialled.ReadUntilAsync(FrameType.Disassociate, Patience);
        Assert.NotNull(refusal);
        Assert.Equal((byte)DisassociateReason.Duplicate, refusal[0]);
    }

    [Fact]
    public void Two_members_that_start_sending_to_each_other_at_once_end_with_one_link_and_lose_nothing()
    {
        for (var round = 0; round < 5; round++)
        {
            var beta = StartPeer($"beta{round}");
            var betaEcho = beta.System.ActorOf(Props.Create<Echo>(), "echo");
            var alphaEcho = Sys.ActorOf(Props.Create<Echo>(), $"echo{round}");
            var toBeta = RemoteRefTo(beta, betaEcho);
            var toAlpha = beta.Remoting.ActorFor(Remote.FullPathOf(alphaEcho));
            var reports = beta.System.CreateFunctionRef((message, _) => TestActor.Tell(message, ActorRefs.NoSender));

            ExpectLog(e => e.EventId.Id == 102 && e.Message.Contains(beta.Address.ToString(), StringComparison.Ordinal), 1, () =>
            {
                using var start = new Barrier(2);
                var fromBeta = Task.Run(() =>
                {
                    start.SignalAndWait();
                    toAlpha.Tell(new Ping(-1), reports);
                });
                start.SignalAndWait();
                toBeta.Tell(new Ping(1), TestActor);
                fromBeta.Wait();
                ExpectMsgAllOf(new Ping(1), new Ping(-1));
            }, Patience);
            Assert.Equal(beta.Remoting.Uid, Remote.PeerUid(beta.Address));
            Assert.Equal(Remote.Uid, beta.Remoting.PeerUid(Remote.Address));
        }
    }

    [Fact]
    public async Task Peers_associating_and_shutting_down_are_published_on_the_event_stream()
    {
        var events = CreateTestProbe();
        Sys.EventStream.Subscribe<RemotingLifecycleEvent>(events.Ref);
        var beta = StartPeer("beta");
        var echo = RemoteRefTo(beta, beta.System.ActorOf(Props.Create<Echo>(), "echo"));

        echo.Tell(new Ping(1), TestActor);
        ExpectMsg(new Ping(1));
        events.ExpectMsg(new PeerAssociated(beta.Address, beta.Remoting.Uid));

        await beta.StopAsync();

        var quarantined = events.FishForMessage<PeerQuarantined>(_ => true, Patience);
        Assert.Equal(beta.Remoting.Uid, quarantined.Uid);
        Assert.Equal("it shut down", quarantined.Reason);
    }
}
