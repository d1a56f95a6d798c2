using ActorOrchestrator.Actors.Remote.TestNode;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>Remoting between this test process and a member running in another OS process.</summary>
public sealed class MultiProcessSpec(ITestOutputHelper output) : RemoteSpec(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Messages_and_replies_cross_a_process_boundary()
    {
        await using var node = await TestNodeProcess.StartAsync("gamma");
        var echo = Remote.ActorFor(node.Address, "/user/echo");

        Assert.Equal(new Ping(7), await echo.Ask<Ping>(new Ping(7), Patience));
        echo.Tell(new Request(8, TestActor), ActorRefs.NoSender);
        ExpectMsg(new Response(8), Patience);
        Assert.Equal(node.Uid, Remote.PeerUid(node.Address));
    }

    [Fact]
    public async Task A_watched_actor_in_a_process_killed_with_SIGKILL_is_reported_terminated_after_detection()
    {
        await using var node = await TestNodeProcess.StartAsync("gamma");
        var echo = Remote.ActorFor(node.Address, "/user/echo");
        Watch(echo);
        Assert.Equal(new Ping(1), await echo.Ask<Ping>(new Ping(1), Patience));

        await node.KillAsync();

        var terminated = ExpectTerminated(echo, Patience);
        Assert.True(terminated.AddressTerminated);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task A_process_that_stops_answering_is_quarantined_by_the_failure_detector()
    {
        await using var node = await TestNodeProcess.StartAsync("gamma");
        var echo = Remote.ActorFor(node.Address, "/user/echo");
        Watch(echo);
        Assert.Equal(new Ping(1), await echo.Ask<Ping>(new Ping(1), Patience));

        await ExpectLogAsync(LogLevel.Warning, $"Quarantined {node.Address} incarnation uid {node.Uid} for good: nothing heard from it", 1, async () =>
        {
            await node.SuspendAsync();
            Assert.True(ExpectTerminated(echo, Patience).AddressTerminated);
        }, Patience);
    }
}
