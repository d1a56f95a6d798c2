using System.Security.Cryptography;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The checkpoint file: the view's objects with their JSON, labels and selectable fields as stored, so loading parses
/// no JSON. Binary, in one pass: a header (format, position, journal mark), the objects, then a SHA-256 of all of it.
/// Written to a temporary file in the same directory, synced, then renamed over the old one, so a reader only ever
/// sees a whole checkpoint; anything else (truncated, altered, another format) fails to load and is rebuilt.
/// </summary>
internal static class ViewCheckpoint
{
    private const int HashLength = 32;
    private const int BufferSize = 1 << 20;
    private static readonly byte[] Magic = "AOVIEW01"u8.ToArray();

    public static void Write(string path, CheckpointContent content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                using (var writer = new BinaryWriter(new BufferedStream(new HashingStream(file, hash), BufferSize)))
                {
                    WriteContent(writer, content);
                }
                file.Write(hash.GetCurrentHash());
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

    /// <summary>Reads a checkpoint written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">the file is not a whole checkpoint of this format; the message says what is wrong.</exception>
    public static CheckpointContent Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (file.Length < Magic.Length + HashLength)
        {
            throw new InvalidDataException($"it is {file.Length} bytes long, shorter than any checkpoint");
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var content = new BufferedStream(new HashingStream(new BoundedReadStream(file, file.Length - HashLength), hash), BufferSize);
        CheckpointContent result;
        using (var reader = new CheckpointReader(content, file.Length))
        {
            result = reader.ReadContent(Magic);
        }
        var expected = hash.GetCurrentHash();
        var stored = new byte[HashLength];
        file.ReadExactly(stored);
        if (!expected.AsSpan().SequenceEqual(stored))
        {
            throw new InvalidDataException("its checksum does not match its content");
        }
        return result;
    }

    private static void WriteContent(BinaryWriter writer, CheckpointContent content)
    {
        writer.Write(Magic);
        writer.Write(content.Position);
        writer.Write(content.Mark is not null);
        if (content.Mark is { } mark)
        {
            writer.Write(mark.Ordering);
            writer.Write(mark.PersistenceId);
            writer.Write(mark.SequenceNr);
        }
        writer.Write(content.Objects.Count);
        foreach (var resource in content.Objects)
        {
            writer.Write(resource.Kind.Kind);
            writer.Write(resource.Namespace);
            writer.Write(resource.Name);
            writer.Write(resource.Uid ?? "");
            writer.Write(resource.ResourceVersion);
            WriteMap(writer, resource.LabelMap);
            WriteMap(writer, resource.FieldMap);
            writer.Write(resource.JsonBytes.Length);
            writer.Write(resource.JsonBytes);
        }
    }

    private static void WriteMap(BinaryWriter writer, StringMap map)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    /// <summary>Reads the content part, refusing counts and lengths the file cannot hold; repeated strings are shared.</summary>
    private sealed class CheckpointReader(Stream stream, long fileLength) : BinaryReader(stream)
    {
        private const int MaxInternedLength = 64;
        private const int MaxInterned = 100_000;
        private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ResourceKind> _kinds = ResourceKinds.All.ToDictionary(kind => kind.Kind, StringComparer.Ordinal);

        public CheckpointContent ReadContent(byte[] magic)
        {
            if (!ReadBytes(magic.Length).AsSpan().SequenceEqual(magic))
            {
                throw new InvalidDataException("it does not start with this format's marker (another format or not a checkpoint)");
            }
            var position = ReadInt64();
            var mark = ReadBoolean() ? new JournalMark(ReadInt64(), ReadString(), ReadInt64()) : null;
            var count = ReadCount();
            var objects = new List<ViewObject>(count);
            for (var i = 0; i < count; i++)
            {
                objects.Add(ReadObject(position));
            }
            return new CheckpointContent(position, mark, objects);
        }

        private ViewObject ReadObject(long position)
        {
            var kindName = ReadString();
            if (!_kinds.TryGetValue(kindName, out var kind))
            {
                throw new InvalidDataException($"it holds an object of kind '{kindName}', which is not served");
            }
            var @namespace = Intern(ReadString());
            var name = ReadString();
            var uid = ReadString();
            var resourceVersion = ReadInt64();
            if (resourceVersion <= 0 || resourceVersion > position)
            {
                throw new InvalidDataException($"{kind.Kind} {@namespace}/{name} has resourceVersion {resourceVersion}, outside 1..{position}");
            }
            var labels = ReadMap();
            var fields = ReadMap();
            var json = ReadBytes(ReadCount());
            var key = new ResourceKey(kind, kind.Namespaced ? @namespace : null, name);
            return new ViewObject(key, uid.Length == 0 ? null : uid, resourceVersion, labels, fields, json);
        }

        private StringMap ReadMap()
        {
            var count = ReadCount();
            if (count == 0)
            {
                return StringMap.Empty;
            }
            var keys = new string[count];
            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                keys[i] = Intern(ReadString());
                values[i] = Intern(ReadString());
            }
            return StringMap.FromSorted(keys, values);
        }

        private int ReadCount()
        {
            var count = ReadInt32();
            if (count < 0 || count > fileLength)
            {
                throw new InvalidDataException($"it holds a count of {count}, impossible in a file of {fileLength} bytes");
            }
            return count;
        }

        private string Intern(string text)
        {
            if (text.Length > MaxInternedLength)
            {
                return text;
            }
            if (_interned.TryGetValue(text, out var shared))
            {
                return shared;
            }
            if (_interned.Count < MaxInterned)
            {
                _interned[text] = text;
            }
            return text;
        }
    }
}
