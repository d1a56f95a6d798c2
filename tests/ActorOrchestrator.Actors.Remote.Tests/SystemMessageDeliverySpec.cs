using System.Buffers.Binary;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>Watch, unwatch and death notifications survive the loss of a link: numbered, acknowledged, resent.</summary>
public sealed class SystemMessageDeliverySpec(ITestOutputHelper output) : RemoteSpec(output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task System_messages_lost_with_a_link_are_sent_again_on_the_next_link_and_delivered_once()
    {
        var fake = new RemoteAddress("fake", "127.0.0.1", 1);
        var first = await RawPeer.ConnectAsync(Remote.Address);
        await first.SendHandshakeAsync(fake, uid: 99);
        Assert.NotNull(await first.ReadUntilAsync(FrameType.Handshake, Patience));
        var watched = Remote.ActorFor(fake, "/user/target");
        Watch(watched);
        Assert.NotNull(await first.ReadUntilAsync(FrameType.System, Patience));
        await first.DisposeAsync();

        await using var second = await RawPeer.ConnectAsync(Remote.Address);
        await second.SendHandshakeAsync(fake, uid: 99);
        Assert.NotNull(await second.ReadUntilAsync(FrameType.Handshake, Patience));
        var resent = await second.ReadUntilAsync(FrameType.System, Patience);
        Assert.NotNull(resent);
        Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(resent));
        await second.SendFrameAsync(frame =>
        {
            frame.Begin(FrameType.Ack);
            frame.WriteInt64(1);
        });
        await second.SendFrameAsync(frame =>
        {
            frame.Begin(FrameType.System);
            frame.WriteInt64(1);
            frame.WriteByte((byte)SystemMessageKind.DeathWatchNotification);
            frame.WriteString("/user/target");
            frame.WriteByte(1);
        });

        var terminated = ExpectTerminated(watched, Patience);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        var ack = await second.ReadUntilAsync(FrameType.Ack, Patience);
        Assert.NotNull(ack);
        Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(ack));
    }
}
