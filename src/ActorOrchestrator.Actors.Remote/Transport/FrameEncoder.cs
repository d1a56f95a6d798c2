using System.Buffers;
using System.IO.Pipelines;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Encodes the frames of one link's write loop. Recipient paths, sender paths and manifests are sent in full the first
/// time and then as small numbers (per-link tables the peer's <see cref="InboundFrameHandler"/> mirrors). A message
/// that cannot be serialized or whose frame exceeds maximum-frame-size is dropped, logged and counted; the link stays.
/// Single-threaded: owned by the write loop.
/// </summary>
internal sealed class FrameEncoder(Remoting remoting, Association association) : IDisposable
{
    /// <summary>Entries per table; later paths and manifests are sent in full every time.</summary>
    public const int MaximumTableSize = 4096;

    private readonly FrameBuffer _frame = new();
    private readonly ArrayBufferWriter<byte> _payload = new(1024);
    private readonly Dictionary<object, int> _recipientIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, int> _senderIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _manifestIds = new(StringComparer.Ordinal);
    private long _userMessagesSinceFlush;
    private long _dequeuedSinceFlush;

    /// <summary>Encodes <paramref name="envelope"/> and writes its frame to <paramref name="output"/> (unless dropped).</summary>
    public void Write(in OutboundEnvelope envelope, PipeWriter output)
    {
        switch (envelope.Type)
        {
            case FrameType.User:
                _dequeuedSinceFlush++;
                if (!EncodeUser(envelope.Payload!, envelope.Sender, envelope.Recipient!))
                {
                    return;
                }
                _userMessagesSinceFlush++;
                break;
            case FrameType.System:
                var message = (RemoteSystemMessage)envelope.Payload!;
                _frame.Begin(FrameType.System);
                _frame.WriteInt64(envelope.Number);
                _frame.WriteByte((byte)message.Kind);
                _frame.WriteString(message.Path);
                _frame.WriteByte(message.ExistenceConfirmed ? (byte)1 : (byte)0);
                _frame.Complete();
                break;
            case FrameType.Ack:
                _frame.Begin(FrameType.Ack);
                _frame.WriteInt64(envelope.Number);
                _frame.Complete();
                break;
            case FrameType.Heartbeat:
                _frame.Begin(FrameType.Heartbeat);
                _frame.Complete();
                break;
            case FrameType.Disassociate:
                _frame.Begin(FrameType.Disassociate);
                _frame.WriteByte((byte)envelope.Number);
                _frame.WriteString((string)envelope.Payload!);
                _frame.Complete();
                break;
            default:
                throw new InvalidOperationException($"frame type {envelope.Type} is not queued");
        }
        output.Write(_frame.Frame);
    }

    /// <summary>Called before each flush: publishes the counts of the batch.</summary>
    public void Flushed()
    {
        if (_userMessagesSinceFlush > 0)
        {
            remoting.Metrics.AddSent(_userMessagesSinceFlush);
            _userMessagesSinceFlush = 0;
        }
        if (_dequeuedSinceFlush > 0)
        {
            association.Dequeued(_dequeuedSinceFlush);
            _dequeuedSinceFlush = 0;
        }
    }

    /// <summary>Counts the user messages still queued when the link ends as dropped.</summary>
    public void DropRemaining(OutboundQueue queue)
    {
        Flushed();
        var dropped = 0L;
        while (queue.TryRead(out var envelope))
        {
            if (envelope.Type == FrameType.User)
            {
                dropped++;
            }
        }
        if (dropped > 0)
        {
            association.Dequeued(dropped);
            remoting.Metrics.AddDroppedOnLinkLoss(dropped);
        }
    }

    public void Dispose()
    {
        _frame.Dispose();
    }

    private bool EncodeUser(object message, IActorRef? sender, RemoteActorRef recipient)
    {
        _payload.ResetWrittenCount();
        string? manifest;
        using (remoting.Provider.Enter())
        {
            try
            {
                if (!BuiltInMessages.TryWrite(message, _payload, remoting.Provider, out manifest)
                    && !remoting.Serializer.TrySerialize(message, _payload, out manifest))
                {
                    remoting.Metrics.AddUnregisteredDropped();
                    remoting.LogUnregisteredType(message.GetType(), recipient);
                    return false;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                remoting.Metrics.AddUnregisteredDropped();
                RemoteLog.SerializationFailed(remoting.Logger, message.GetType().FullName, recipient.FullPath, e);
                return false;
            }
        }
        _frame.Begin(FrameType.User);
        var recipientId = WriteRecipient(recipient);
        var senderId = WriteSender(sender);
        var manifestId = WriteManifest(manifest);
        _frame.Write(_payload.WrittenSpan);
        var length = _frame.Complete();
        if (length > remoting.Settings.MaximumFrameSize)
        {
            remoting.Metrics.AddOversizedDropped();
            RemoteLog.OversizedMessageDropped(remoting.Logger, message.GetType().FullName, length, remoting.Settings.MaximumFrameSize, recipient.FullPath);
            return false;
        }
        Commit(_recipientIds, recipient, recipientId);
        if (sender is not null)
        {
            Commit(_senderIds, sender, senderId);
        }
        Commit(_manifestIds, manifest, manifestId);
        return true;
    }

    // Codes of paths and manifests: 0 none, 1 text follows (not kept), 2+2*id defines id (text follows), 3+2*id reuses id.
    // A new id is committed to the table only once its frame is known to be sent, so the peer's table never misses one.

    private int WriteRecipient(RemoteActorRef recipient)
    {
        if (_recipientIds.TryGetValue(recipient, out var id))
        {
            _frame.WriteVarUInt(3 + 2 * (ulong)id);
            return -1;
        }
        return WriteNew(_recipientIds.Count, recipient.RelativePath);
    }

    private int WriteSender(IActorRef? sender)
    {
        if (sender is null)
        {
            _frame.WriteVarUInt(0);
            return -1;
        }
        if (_senderIds.TryGetValue(sender, out var id))
        {
            _frame.WriteVarUInt(3 + 2 * (ulong)id);
            return -1;
        }
        var path = sender switch
        {
            RemoteActorRef remote when remote.Address.Equals(association.Address) => remote.RelativePath,
            RemoteActorRef remote => remote.FullPath,
            _ => RelativePath.Of(sender.Path),
        };
        return WriteNew(RemoteRefProvider.IsTemporary(sender) ? MaximumTableSize : _senderIds.Count, path);
    }

    private int WriteManifest(string manifest)
    {
        if (_manifestIds.TryGetValue(manifest, out var id))
        {
            _frame.WriteVarUInt(3 + 2 * (ulong)id);
            return -1;
        }
        return WriteNew(_manifestIds.Count, manifest);
    }

    /// <summary>Defines <paramref name="nextId"/> with <paramref name="text"/>, or sends the text alone when the table is full.</summary>
    private int WriteNew(int nextId, string text)
    {
        if (nextId < MaximumTableSize)
        {
            _frame.WriteVarUInt(2 + 2 * (ulong)nextId);
            _frame.WriteString(text);
            return nextId;
        }
        _frame.WriteVarUInt(1);
        _frame.WriteString(text);
        return -1;
    }

    private static void Commit<TKey>(Dictionary<TKey, int> table, TKey key, int id)
        where TKey : notnull
    {
        if (id >= 0)
        {
            table[key] = id;
        }
    }
}
