using ActorOrchestrator.Actors.Remote.TestNode;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>A peer that breaks the protocol loses its link, with a log line naming it; the member keeps running.</summary>
public sealed class ProtocolErrorSpec(ITestOutputHelper output) : RemoteSpec(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Garbled_bytes_from_a_raw_socket_close_that_link_only()
    {
        var beta = StartPeer("beta");
        var echo = RemoteRefTo(beta, beta.System.ActorOf(Props.Create<Echo>(), "echo"));
        await using var raw = await RawPeer.ConnectAsync(Remote.Address);

        await ExpectLogAsync(LogLevel.Warning, raw.LocalEndPoint, 1, async () =>
        {
            await raw.SendBytesAsync("GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
            Assert.True(await raw.IsClosedByPeerAsync(Patience));
        });

        echo.Tell(new Ping(1), TestActor);
        ExpectMsg(new Ping(1));
    }

    [Fact]
    public async Task Garbage_after_a_valid_handshake_closes_the_link_with_an_error_naming_the_peer()
    {
        var claimed = new RemoteAddress("mallory", "127.0.0.1", 1);
        await using var raw = await RawPeer.ConnectAsync(Remote.Address);
        await raw.SendHandshakeAsync(claimed, uid: 77);
        Assert.NotNull(await raw.ReadUntilAsync(FrameType.Handshake, Patience));

        await ExpectLogAsync(LogLevel.Error, $"Closed the link to {claimed} (uid 77", 1, async () =>
        {
            await raw.SendFrameAsync(frame =>
            {
                frame.Begin(FrameType.User);
                frame.WriteVarUInt(9);
            });
            Assert.True(await raw.IsClosedByPeerAsync(Patience));
        });
        Assert.Equal(1, Remote.Metrics.ProtocolErrorCloses);
    }

    [Fact]
    public async Task A_frame_before_the_handshake_closes_the_link()
    {
        await using var raw = await RawPeer.ConnectAsync(Remote.Address);

        await ExpectLogAsync(LogLevel.Warning, $"{raw.LocalEndPoint} before it was established: the first frame is of type 3", 1, async () =>
        {
            await raw.SendFrameAsync(frame =>
            {
                frame.Begin(FrameType.User);
                frame.WriteVarUInt(1);
                frame.WriteString("/user/x");
            });
            Assert.True(await raw.IsClosedByPeerAsync(Patience));
        });
    }

    [Fact]
    public async Task A_handshake_with_another_protocol_version_is_refused_with_a_reason_and_a_log_line()
    {
        var claimed = new RemoteAddress("future", "127.0.0.1", 1);
        await using var raw = await RawPeer.ConnectAsync(Remote.Address);

        await ExpectLogAsync(LogLevel.Warning, "it speaks remoting protocol version 99, this member speaks version 1", 1, async () =>
        {
            await raw.SendHandshakeAsync(claimed, uid: 5, version: 99);
            var refusal = await raw.ReadUntilAsync(FrameType.Disassociate, Patience);
            Assert.NotNull(refusal);
            Assert.Equal((byte)DisassociateReason.HandshakeRejected, refusal[0]);
            Assert.True(await raw.IsClosedByPeerAsync(Patience));
        });
        Assert.Contains(LogEntries, e => e.Message.Contains(claimed.ToString(), StringComparison.Ordinal) && e.Message.Contains("version 99", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_peer_that_never_sends_its_handshake_is_dropped_after_the_handshake_timeout()
    {
        await using var raw = await RawPeer.ConnectAsync(Remote.Address);

        await ExpectLogAsync(LogLevel.Warning, "no handshake within 5 s", 1, async () =>
            Assert.True(await raw.IsClosedByPeerAsync(Patience)));
    }
}
