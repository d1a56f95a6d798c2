namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// First frame each way on a link: who the sender is (system, address, incarnation UID) and which protocol it speaks.
/// </summary>
internal sealed record Handshake(ushort Version, long Uid, RemoteAddress Address)
{
    /// <summary>"AORP" in little-endian: marks a link that speaks this protocol at all.</summary>
    public const uint Magic = 0x50524F41;

    /// <summary>Version of the wire protocol this build speaks; a peer with another version is turned away.</summary>
    public const ushort CurrentVersion = 1;

    public void Write(FrameBuffer buffer)
    {
        buffer.Begin(FrameType.Handshake);
        buffer.WriteInt32(unchecked((int)Magic));
        buffer.WriteUInt16(Version);
        buffer.WriteInt64(Uid);
        buffer.WriteString(Address.System);
        buffer.WriteString(Address.Host);
        buffer.WriteInt32(Address.Port);
        buffer.Complete();
    }

    /// <summary>Reads the fields after the frame type; throws <see cref="MalformedFrameException"/> when they are not a handshake.</summary>
    public static Handshake Read(ref FrameReader reader)
    {
        if (unchecked((uint)reader.ReadInt32()) != Magic)
        {
            throw new MalformedFrameException("the handshake does not start with the protocol magic (not an ao remoting peer?)");
        }
        var version = reader.ReadUInt16();
        var uid = reader.ReadInt64();
        var system = reader.ReadString();
        var host = reader.ReadString();
        var port = reader.ReadInt32();
        if (system.Length == 0 || host.Length == 0 || port is < 1 or > 65535)
        {
            throw new MalformedFrameException($"the handshake carries an invalid address (system '{system}', host '{host}', port {port})");
        }
        return new Handshake(version, uid, new RemoteAddress(system, host, port));
    }
}
