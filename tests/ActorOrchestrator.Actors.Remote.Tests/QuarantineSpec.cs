using System.Buffers.Binary;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>A peer incarnation whose system messages cannot be delivered is quarantined for good.</summary>
public sealed class QuarantineSpec(ITestOutputHelper output)
    : RemoteSpec(output, FastSettings with { SystemMessageDeliveryTimeout = TimeSpan.FromSeconds(1), AcceptableHeartbeatPause = TimeSpan.FromSeconds(30) })
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_peer_that_never_acknowledges_system_messages_is_quarantined_and_cannot_associate_again_with_that_uid()
    {
        var fake = new RemoteAddress("fake", "127.0.0.1", 1);
        await using var raw = await RawPeer.ConnectAsync(Remote.Address);
        await raw.SendHandshakeAsync(fake, uid: 4242);
        Assert.NotNull(await raw.ReadUntilAsync(FrameType.Handshake, Patience));
        var watched = Remote.ActorFor(fake, "/user/target");

        await ExpectLogAsync(LogLevel.Warning, $"Quarantined {fake} incarnation uid 4242 for good: a system message stayed unacknowledged", 1, async () =>
        {
            Watch(watched);
            var watch = await raw.ReadUntilAsync(FrameType.System, Patience);
            Assert.NotNull(watch);
            Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(watch));
            var terminated = ExpectTerminated(watched, Patience);
            Assert.True(terminated.AddressTerminated);
            var goodbye = await raw.ReadUntilAsync(FrameType.Disassociate, Patience);
            Assert.NotNull(goodbye);
            Assert.Equal((byte)DisassociateReason.Quarantined, goodbye[0]);
        }, Patience);

        await using var again = await RawPeer.ConnectAsync(Remote.Address);
        await ExpectLogAsync(LogLevel.Warning, "Refused a link from", 1, async () =>
        {
            await again.SendHandshakeAsync(fake, uid: 4242);
            var refusal = await again.ReadUntilAsync(FrameType.Disassociate, Patience);
            Assert.NotNull(refusal);
            Assert.Equal((byte)DisassociateReason.Quarantined, refusal[0]);
        });

        await using var restarted = await RawPeer.ConnectAsync(Remote.Address);
        await restarted.SendHandshakeAsync(fake, uid: 4343);
        Assert.NotNull(await restarted.ReadUntilAsync(FrameType.Handshake, Patience));
    }
}
