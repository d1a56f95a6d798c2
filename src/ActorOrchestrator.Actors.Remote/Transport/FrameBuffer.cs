using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// A growable, pooled buffer in which one whole frame is built (length prefix first) before it is copied to the
/// link; reused for every frame of one writer, so steady-state sending allocates nothing.
/// </summary>
internal sealed class FrameBuffer : IBufferWriter<byte>, IDisposable
{
    public const int LengthPrefixSize = 4;

    private byte[] _buffer;
    private int _written;

    public FrameBuffer(int initialSize = 4096)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
    }

    /// <summary>Bytes of the frame so far, length prefix included.</summary>
    public int Length => _written;

    public ReadOnlySpan<byte> Frame => _buffer.AsSpan(0, _written);

    /// <summary>Starts a new frame: reserves the length prefix and writes <paramref name="type"/>.</summary>
    public void Begin(FrameType type)
    {
        _written = LengthPrefixSize;
        WriteByte((byte)type);
    }

    /// <summary>Writes the length prefix (bytes after it) and returns that length.</summary>
    public int Complete()
    {
        var length = _written - LengthPrefixSize;
        BinaryPrimitives.WriteInt32LittleEndian(_buffer, length);
        return length;
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _written += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_written++] = value;
    }

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(GetSpan(2), value);
        _written += 2;
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(GetSpan(4), value);
        _written += 4;
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(GetSpan(8), value);
        _written += 8;
    }

    public void WriteVarUInt(ulong value)
    {
        var span = GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        _written += i;
    }

    /// <summary>UTF-8 bytes preceded by their count as a var-uint.</summary>
    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt((ulong)byteCount);
        _written += Encoding.UTF8.GetBytes(value, GetSpan(byteCount));
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
