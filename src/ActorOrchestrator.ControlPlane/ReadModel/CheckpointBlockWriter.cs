using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// Builds one block of a checkpoint in memory (little-endian integers, strings as a byte length and UTF-8), then
/// writes it as its length, its content and the SHA-256 of the content.
/// </summary>
internal sealed class CheckpointBlockWriter
{
    private readonly ArrayBufferWriter<byte> _content = new(1 << 20);

    public void WriteByte(byte value)
    {
        _content.GetSpan(1)[0] = value;
        _content.Advance(1);
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_content.GetSpan(4), value);
        _content.Advance(4);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_content.GetSpan(8), value);
        _content.Advance(8);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(length);
        Encoding.UTF8.GetBytes(value, _content.GetSpan(length));
        _content.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteInt32(value.Length);
        _content.Write(value);
    }

    /// <summary>Writes the block to <paramref name="output"/> and starts the next one empty.</summary>
    public void Flush(Stream output)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, _content.WrittenCount);
        output.Write(length);
        output.Write(_content.WrittenSpan);
        output.Write(SHA256.HashData(_content.WrittenSpan));
        _content.ResetWrittenCount();
    }
}
