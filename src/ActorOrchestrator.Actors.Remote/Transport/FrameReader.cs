using System.Buffers.Binary;
using System.Text;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>Reads the fields of one frame; any read past the end throws <see cref="MalformedFrameException"/>.</summary>
internal ref struct FrameReader(ReadOnlySpan<byte> frame)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _frame = frame;
    private int _position;

    public readonly ReadOnlySpan<byte> Remaining => _frame[_position..];

    public byte ReadByte()
    {
        Need(1);
        return _frame[_position++];
    }

    public ushort ReadUInt16()
    {
        Need(2);
        var value = BinaryPrimitives.ReadUInt16LittleEndian(_frame[_position..]);
        _position += 2;
        return value;
    }

    public int ReadInt32()
    {
        Need(4);
        var value = BinaryPrimitives.ReadInt32LittleEndian(_frame[_position..]);
        _position += 4;
        return value;
    }

    public long ReadInt64()
    {
        Need(8);
        var value = BinaryPrimitives.ReadInt64LittleEndian(_frame[_position..]);
        _position += 8;
        return value;
    }

    public ulong ReadVarUInt()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw new MalformedFrameException("a variable-length number is longer than 10 bytes");
    }

    public ReadOnlySpan<byte> ReadUtf8()
    {
        var length = ReadVarUInt();
        if (length > (ulong)(_frame.Length - _position))
        {
            throw new MalformedFrameException($"a string of {length} bytes runs past the end of the frame");
        }
        var value = _frame.Slice(_position, (int)length);
        _position += (int)length;
        return value;
    }

    public string ReadString()
    {
        var utf8 = ReadUtf8();
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (ArgumentException)
        {
            throw new MalformedFrameException("a string is not valid UTF-8");
        }
    }

    private readonly void Need(int count)
    {
        if (_frame.Length - _position < count)
        {
            throw new MalformedFrameException($"the frame ends early ({_frame.Length} bytes)");
        }
    }
}
