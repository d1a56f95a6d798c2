using System.Buffers;
using System.Buffers.Binary;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>Cuts length-prefixed frames out of the bytes received on a link.</summary>
internal static class FrameParser
{
    /// <summary>
    /// Takes the next complete frame (without its length prefix) off <paramref name="buffer"/>; false when more bytes
    /// are needed. A length outside 1..<paramref name="maximumFrameSize"/> throws <see cref="MalformedFrameException"/>.
    /// </summary>
    public static bool TryTake(ref ReadOnlySequence<byte> buffer, int maximumFrameSize, out ReadOnlySequence<byte> frame)
    {
        frame = default;
        if (buffer.Length < FrameBuffer.LengthPrefixSize)
        {
            return false;
        }
        int length;
        if (buffer.FirstSpan.Length >= FrameBuffer.LengthPrefixSize)
        {
            length = BinaryPrimitives.ReadInt32LittleEndian(buffer.FirstSpan);
        }
        else
        {
            Span<byte> prefix = stackalloc byte[FrameBuffer.LengthPrefixSize];
            buffer.Slice(0, FrameBuffer.LengthPrefixSize).CopyTo(prefix);
            length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        }
        if (length < 1 || length > maximumFrameSize)
        {
            throw new MalformedFrameException($"a frame announces {length} bytes, outside 1..{maximumFrameSize} (maximum-frame-size)");
        }
        if (buffer.Length < FrameBuffer.LengthPrefixSize + length)
        {
            return false;
        }
        frame = buffer.Slice(FrameBuffer.LengthPrefixSize, length);
        buffer = buffer.Slice(frame.End);
        return true;
    }

    /// <summary>
    /// Hands each complete frame lying wholly inside <paramref name="span"/> to <paramref name="handler"/>; returns the
    /// number of bytes consumed (0 when the first frame is incomplete or split).
    /// </summary>
    public static int HandleWhole(ReadOnlySpan<byte> span, int maximumFrameSize, InboundFrameHandler handler)
    {
        var offset = 0;
        while (span.Length - offset >= FrameBuffer.LengthPrefixSize)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(span[offset..]);
            if (length < 1 || length > maximumFrameSize)
            {
                throw new MalformedFrameException($"a frame announces {length} bytes, outside 1..{maximumFrameSize} (maximum-frame-size)");
            }
            var end = offset + FrameBuffer.LengthPrefixSize + length;
            if (end > span.Length)
            {
                break;
            }
            handler.Handle(span[(offset + FrameBuffer.LengthPrefixSize)..end]);
            offset = end;
        }
        return offset;
    }
}
