using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;
using Microsoft.Win32.SafeHandles;
using System.Runtime.CompilerServices;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The checkpoint file: the view's objects with their JSON, labels and selectable fields as stored, so loading parses
/// no JSON. A header block (format, position, journal mark, counts) then chunks of objects, each block written as its
/// length, its content and the SHA-256 of its content, so chunks are checked and decoded in parallel. Written to a
/// temporary file in the same directory, synced, then renamed over the old one: a reader only ever sees a whole
/// checkpoint; anything else (truncated, altered, another format) fails to load and the view is rebuilt.
/// </summary>
internal static class ViewCheckpoint
{
    private const int ObjectsPerChunk = 1_000;
    private const int HashLength = 32;
    private const int MaxHeaderLength = 1 << 16;
    private static readonly byte[] Magic = "AOVIEW02"u8.ToArray();
    private static readonly FrozenDictionary<string, ResourceKind> KindsByName =
        ResourceKinds.All.ToFrozenDictionary(kind => kind.Kind, StringComparer.Ordinal);

    public static void Write(string path, CheckpointContent content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.None))
            {
                var block = new CheckpointBlockWriter();
                WriteHeader(block, content);
                block.Flush(file);
                for (var start = 0; start < content.Objects.Count; start += ObjectsPerChunk)
                {
                    var count = Math.Min(ObjectsPerChunk, content.Objects.Count - start);
                    block.WriteInt32(count);
                    for (var i = start; i < start + count; i++)
                    {
                        WriteObject(block, content.Objects[i]);
                    }
                    block.Flush(file);
                }
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Reads a checkpoint written by <see cref="Write"/>, decoding its chunks on every core.</summary>
    /// <exception cref="InvalidDataException">the file is not a whole checkpoint of this format; the message says what is wrong.</exception>
    public static CheckpointContent Read(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var fileLength = RandomAccess.GetLength(handle);
        var (headerEnd, header) = ReadBlock(handle, 0, fileLength, MaxHeaderLength);
        var (position, mark, chunkCount, objectCount) = ReadHeader(header);
        var chunks = new List<(long Offset, int Length)>(chunkCount);
        var offset = headerEnd;
        for (var i = 0; i < chunkCount; i++)
        {
            var length = BlockLength(handle, offset, fileLength, int.MaxValue - HashLength);
            chunks.Add((offset, length));
            offset += 4 + length + HashLength;
        }
        if (offset != fileLength)
        {
            throw new InvalidDataException($"it has {fileLength - offset} bytes after its last chunk");
        }
        var decoded = new ViewObject[chunkCount][];
        try
        {
            Parallel.For(0, chunkCount, i => decoded[i] = ReadChunk(handle, chunks[i].Offset, chunks[i].Length, position));
        }
        catch (AggregateException failed)
        {
            ExceptionDispatchInfo.Throw(failed.InnerExceptions[0]);
        }
        var objects = new List<ViewObject>(chunkCount * ObjectsPerChunk);
        foreach (var chunk in decoded)
        {
            objects.AddRange(chunk);
        }
        return objects.Count == objectCount
            ? new CheckpointContent(position, mark, objects)
            : throw new InvalidDataException($"it holds {objects.Count} objects where its header counts {objectCount}");
    }

    private static void WriteHeader(CheckpointBlockWriter block, CheckpointContent content)
    {
        foreach (var b in Magic)
        {
            block.WriteByte(b);
        }
        block.WriteInt64(content.Position);
        block.WriteByte(content.Mark is null ? (byte)0 : (byte)1);
        if (content.Mark is { } mark)
        {
            block.WriteInt64(mark.Ordering);
            block.WriteString(mark.PersistenceId);
            block.WriteInt64(mark.SequenceNr);
        }
        block.WriteInt32((content.Objects.Count + ObjectsPerChunk - 1) / ObjectsPerChunk);
        block.WriteInt64(content.Objects.Count);
    }

    private static (long Position, JournalMark? Mark, int ChunkCount, long ObjectCount) ReadHeader(ReadOnlySpan<byte> header)
    {
        if (!header.StartsWith(Magic))
        {
            throw new InvalidDataException("it does not start with this format's marker (another format or not a checkpoint)");
        }
        var reader = new CheckpointBlockReader(header[Magic.Length..]);
        var position = reader.ReadInt64();
        var mark = reader.ReadByte() == 1 ? new JournalMark(reader.ReadInt64(), reader.ReadString(), reader.ReadInt64()) : null;
        var chunkCount = reader.ReadInt32();
        var objectCount = reader.ReadInt64();
        if (position < 0 || chunkCount < 0 || objectCount < 0 || !reader.AtEnd)
        {
            throw new InvalidDataException("its header is not valid");
        }
        return (position, mark, chunkCount, objectCount);
    }

    private static void WriteObject(CheckpointBlockWriter block, ViewObject resource)
    {
        block.WriteString(resource.Kind.Kind);
        block.WriteString(resource.Namespace);
        block.WriteString(resource.Name);
        block.WriteString(resource.Uid ?? "");
        block.WriteInt64(resource.ResourceVersion);
        WriteMap(block, resource.LabelMap);
        WriteMap(block, resource.FieldMap);
        block.WriteBytes(resource.JsonBytes);
    }

    private static void WriteMap(CheckpointBlockWriter block, StringMap map)
    {
        block.WriteInt32(map.Count);
        foreach (var (key, value) in map)
        {
            block.WriteString(key);
            block.WriteString(value);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ViewObject[] ReadChunk(SafeFileHandle handle, long offset, int length, long position)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length + HashLength);
        try
        {
            if (RandomAccess.Read(handle, buffer.AsSpan(0, length + HashLength), offset + 4) != length + HashLength)
            {
                throw new InvalidDataException("it ends inside a chunk");
            }
            var content = buffer.AsSpan(0, length);
            if (!SHA256.HashData(content).AsSpan().SequenceEqual(buffer.AsSpan(length, HashLength)))
            {
                throw new InvalidDataException($"the checksum of its chunk at byte {offset} does not match its content");
            }
            var reader = new CheckpointBlockReader(content);
            var objects = new ViewObject[reader.ReadCount()];
            for (var i = 0; i < objects.Length; i++)
            {
                objects[i] = ReadObject(ref reader, position);
            }
            return reader.AtEnd ? objects : throw new InvalidDataException($"its chunk at byte {offset} has bytes after its last object");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ViewObject ReadObject(ref CheckpointBlockReader reader, long position)
    {
        var kindName = reader.ReadPooledString();
        if (!KindsByName.TryGetValue(kindName, out var kind))
        {
            throw new InvalidDataException($"it holds an object of kind '{kindName}', which is not served");
        }
        var @namespace = reader.ReadPooledString();
        var name = reader.ReadString();
        var uid = reader.ReadString();
        var resourceVersion = reader.ReadInt64();
        if (resourceVersion <= 0 || resourceVersion > position)
        {
            throw new InvalidDataException($"{kind.Kind} {@namespace}/{name} has resourceVersion {resourceVersion}, outside 1..{position}");
        }
        var labels = ReadLabels(ref reader);
        var fields = ReadFields(ref reader, @namespace, name);
        var json = reader.ReadBytes();
        var key = new ResourceKey(kind, kind.Namespaced ? @namespace : null, name);
        return new ViewObject(key, uid.Length == 0 ? null : uid, resourceVersion, labels, fields, json);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static StringMap ReadLabels(ref CheckpointBlockReader reader)
    {
        var count = reader.ReadCount();
        if (count == 0)
        {
            return StringMap.Empty;
        }
        var keys = new string[count];
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadPooledString();
            values[i] = reader.ReadPooledString();
        }
        return StringMap.FromSorted(keys, values);
    }

    /// <summary>The selectable fields; the object's own name and namespace are shared with its key, other unique values are not pooled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static StringMap ReadFields(ref CheckpointBlockReader reader, string @namespace, string name)
    {
        var count = reader.ReadCount();
        var keys = new string[count];
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadPooledString();
            values[i] = keys[i] switch
            {
                "metadata.name" => Skipped(ref reader, name),
                "metadata.namespace" => Skipped(ref reader, @namespace),
                var field when StringPool.IsPooledField(field) => reader.ReadPooledString(),
                _ => reader.ReadString(),
            };
        }
        return StringMap.FromSorted(keys, values);
    }

    /// <summary>Skips a stored field value that repeats the key, and shares the key's string (the checksum vouched for the bytes).</summary>
    private static string Skipped(ref CheckpointBlockReader reader, string known)
    {
        reader.ReadUtf8();
        return known;
    }

    /// <summary>Reads a whole block at <paramref name="offset"/> and checks its checksum; returns where it ends and its content.</summary>
    private static (long End, byte[] Content) ReadBlock(SafeFileHandle handle, long offset, long fileLength, int maxLength)
    {
        var length = BlockLength(handle, offset, fileLength, maxLength);
        var block = new byte[length + HashLength];
        if (RandomAccess.Read(handle, block, offset + 4) != block.Length)
        {
            throw new InvalidDataException("it ends inside its header");
        }
        var content = block[..length];
        if (!SHA256.HashData(content).AsSpan().SequenceEqual(block.AsSpan(length)))
        {
            throw new InvalidDataException("the checksum of its header does not match its content");
        }
        return (offset + 4 + length + HashLength, content);
    }

    private static int BlockLength(SafeFileHandle handle, long offset, long fileLength, int maxLength)
    {
        Span<byte> prefix = stackalloc byte[4];
        if (offset + 4 > fileLength || RandomAccess.Read(handle, prefix, offset) != 4)
        {
            throw new InvalidDataException($"it ends at byte {fileLength}, inside the block at byte {offset}");
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < 0 || length > maxLength || offset + 4 + length + HashLength > fileLength)
        {
            throw new InvalidDataException($"the block at byte {offset} claims {length} bytes, more than the file holds");
        }
        return length;
    }
}
