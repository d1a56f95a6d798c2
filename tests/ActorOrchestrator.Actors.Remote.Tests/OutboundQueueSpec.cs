using System.Net;
using System.Net.Sockets;
using ActorOrchestrator.Actors.Remote.TestNode;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>The queue of messages waiting for a link is bounded; beyond it messages are dropped, counted and logged once.</summary>
public sealed class OutboundQueueSpec(ITestOutputHelper output) : RemoteSpec(output, FastSettings with { OutboundQueueSize = 10 })
{
    [Fact]
    public async Task Messages_beyond_the_outbound_queue_size_are_dropped_counted_and_logged_once()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var silent = new RemoteAddress("silent", "127.0.0.1", ((IPEndPoint)listener.LocalEndpoint).Port);
        var target = Remote.ActorFor(silent, "/user/x");

        await ExpectLogAsync(LogLevel.Warning, $"Outbound queue to {silent} is full (10 messages", 1, async () =>
        {
            target.Tell(new Ping(0), TestActor);
            await using var accepted = await RawPeer.AcceptAsync(listener);
            for (var i = 1; i < 100; i++)
            {
                target.Tell(new Ping(i), TestActor);
            }
        });

        Assert.Equal(90, Remote.Metrics.QueueOverflowDropped);
    }

    [Fact]
    public void A_ref_for_this_members_own_address_is_the_local_actor()
    {
        var local = Sys.ActorOf(Props.Create<Echo>(), "local");

        var resolved = Remote.ActorFor(Remote.Address, "/user/local");

        Assert.Same(local, resolved);
        Assert.Same(Sys.DeadLetters, Remote.ActorFor(Remote.Address, "/user/missing"));
    }
}
