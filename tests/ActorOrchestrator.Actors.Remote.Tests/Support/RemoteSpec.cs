using ActorOrchestrator.Actors.Remote.TestNode;
using ActorOrchestrator.Actors.TestKit;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>
/// Base of remoting specs: the kit's system (<see cref="TestKitBase.Sys"/>) runs remoting on a free loopback port with
/// short timings; <see cref="StartPeer"/> adds more members in the same process. Everything stops after the test.
/// </summary>
public abstract class RemoteSpec : TestKit.TestKit
{
    private readonly List<Peer> _peers = [];

    protected RemoteSpec(ITestOutputHelper output, RemoteSettings? settings = null)
        : base(systemName: "alpha", output: output)
    {
        Remote = Remoting.Start(Sys, TestMessageSerializer.Default(), settings ?? FastSettings);
    }

    /// <summary>Loopback, any free port, timings short enough for tests.</summary>
    public static RemoteSettings FastSettings { get; } = RemoteSettings.Default with
    {
        Port = 0,
        ConnectionTimeout = TimeSpan.FromSeconds(5),
        HandshakeTimeout = TimeSpan.FromSeconds(5),
        RetryGateClosedFor = TimeSpan.FromSeconds(1),
        SystemMessageResendInterval = TimeSpan.FromMilliseconds(200),
        HeartbeatInterval = TimeSpan.FromMilliseconds(100),
        AcceptableHeartbeatPause = TimeSpan.FromSeconds(3),
    };

    /// <summary>Remoting of <see cref="TestKitBase.Sys"/>.</summary>
    protected Remoting Remote { get; }

    /// <summary>Another member (own system and remoting) in this process, stopped after the test.</summary>
    protected Peer StartPeer(string name, RemoteSettings? settings = null, IMessageSerializer? serializer = null)
    {
        var system = ActorSystem.Create(name, ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false }, NullLoggerFactory.Instance);
        var peer = new Peer(system, Remoting.Start(system, serializer ?? TestMessageSerializer.Default(), settings ?? FastSettings));
        lock (_peers)
        {
            _peers.Add(peer);
        }
        return peer;
    }

    /// <summary>The ref <see cref="Remote"/> uses for <paramref name="actor"/> of <paramref name="peer"/>.</summary>
    protected IActorRef RemoteRefTo(Peer peer, IActorRef actor) => Remote.ActorFor(peer.Remoting.FullPathOf(actor));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Peer[] peers;
            lock (_peers)
            {
                peers = [.. _peers];
            }
            Task.WhenAll(peers.Select(p => p.StopAsync())).GetAwaiter().GetResult();
            Remote.StopAsync().GetAwaiter().GetResult();
        }
        base.Dispose(disposing);
    }
}
