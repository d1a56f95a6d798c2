using System.Buffers.Binary;
using System.Text;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>Reads the content of one checkpoint block; any length that runs past its end means the file is damaged.</summary>
internal ref struct CheckpointBlockReader(ReadOnlySpan<byte> content)
{
    private ReadOnlySpan<byte> _rest = content;

    public readonly bool AtEnd => _rest.IsEmpty;

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>A count or length: never negative, never more than the bytes left.</summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        return count >= 0 && count <= _rest.Length
            ? count
            : throw new InvalidDataException($"it holds a count of {count} where only {_rest.Length} bytes are left in its block");
    }

    public ReadOnlySpan<byte> ReadUtf8() => Take(ReadCount());

    public string ReadString() => Encoding.UTF8.GetString(ReadUtf8());

    /// <summary>A string that repeats across objects (namespaces, label keys and values, field values), shared through the <see cref="StringPool"/>.</summary>
    public string ReadPooledString() => StringPool.Get(ReadUtf8());

    public byte[] ReadBytes()
    {
        var source = Take(ReadCount());
        var copy = GC.AllocateUninitializedArray<byte>(source.Length);
        source.CopyTo(copy);
        return copy;
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _rest.Length)
        {
            throw new InvalidDataException("a value runs past the end of its block");
        }
        var taken = _rest[..length];
        _rest = _rest[length..];
        return taken;
    }
}
