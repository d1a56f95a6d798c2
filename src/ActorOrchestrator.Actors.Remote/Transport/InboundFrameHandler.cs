namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Decodes and dispatches the frames of one link's read loop: user messages go to their local recipient with a
/// sender the recipient can reply to, system messages and acks to the association. Mirrors the tables of the
/// peer's <see cref="FrameEncoder"/>. Throws <see cref="MalformedFrameException"/> (closing the link) for anything
/// that breaks the protocol; an unknown manifest only drops that message. Single-threaded: owned by the read loop.
/// </summary>
internal sealed class InboundFrameHandler(Remoting remoting, Association association)
{
    private readonly List<Recipient> _recipients = [];
    private readonly List<IActorRef> _senders = [];
    private readonly List<string> _manifests = [];
    private readonly HashSet<string> _reportedManifests = new(StringComparer.Ordinal);
    private long _received;
    private bool _ackDue;

    public void BeginBatch() => association.Heard();

    /// <summary>After the frames of one read: acknowledges system messages once and publishes counts.</summary>
    public void EndBatch()
    {
        if (_ackDue)
        {
            _ackDue = false;
            association.SendAck();
        }
        if (_received > 0)
        {
            remoting.Metrics.AddReceived(_received);
            _received = 0;
        }
    }

    public void Handle(ReadOnlySpan<byte> frame)
    {
        var reader = new FrameReader(frame);
        var type = (FrameType)reader.ReadByte();
        switch (type)
        {
            case FrameType.User:
                HandleUser(ref reader);
                break;
            case FrameType.System:
                var sequence = reader.ReadInt64();
                var kind = (SystemMessageKind)reader.ReadByte();
                if (kind is not (SystemMessageKind.Watch or SystemMessageKind.Unwatch or SystemMessageKind.DeathWatchNotification))
                {
                    throw new MalformedFrameException($"unknown system message kind {(byte)kind}");
                }
                var path = reader.ReadString();
                var existenceConfirmed = reader.ReadByte() != 0;
                association.ReceiveSystem(sequence, new RemoteSystemMessage(kind, path, existenceConfirmed));
                _ackDue = true;
                break;
            case FrameType.Ack:
                association.ReceiveAck(reader.ReadInt64());
                break;
            case FrameType.Heartbeat:
                break;
            case FrameType.Disassociate:
                var reason = (DisassociateReason)reader.ReadByte();
                throw new PeerDisassociatedException(reason, reader.ReadString());
            case FrameType.Handshake:
                throw new MalformedFrameException("a second handshake arrived on an established link");
            default:
                throw new MalformedFrameException($"unknown frame type {(byte)type}");
        }
    }

    private void HandleUser(ref FrameReader reader)
    {
        var recipient = ReadRecipient(ref reader);
        var sender = ReadSender(ref reader);
        var manifest = ReadManifest(ref reader);
        var payload = reader.Remaining;
        object? message;
        using (remoting.Provider.Enter())
        {
            try
            {
                var known = BuiltInMessages.IsBuiltIn(manifest)
                    ? BuiltInMessages.TryRead(manifest, payload, remoting.Provider, out message)
                    : remoting.Serializer.TryDeserialize(manifest, payload, out message);
                if (!known)
                {
                    DropUnknownManifest(manifest, recipient);
                    return;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new MalformedFrameException($"a message with manifest '{manifest}' could not be read: {e.Message}");
            }
        }
        _received++;
        recipient.Resolve(remoting).Tell(message!, sender);
    }

    private void DropUnknownManifest(string manifest, Recipient recipient)
    {
        remoting.Metrics.AddUnknownManifestDropped();
        if (_reportedManifests.Add(manifest))
        {
            RemoteLog.UnknownManifestDropped(remoting.Logger, manifest, association.Address.ToString(), recipient.Path);
        }
    }

    private Recipient ReadRecipient(ref FrameReader reader)
    {
        var code = reader.ReadVarUInt();
        if (code >= 3 && code % 2 == 1)
        {
            return Lookup(_recipients, code, "recipient");
        }
        var recipient = new Recipient(ReadPath(ref reader));
        Define(_recipients, code, recipient, "recipient");
        return recipient;
    }

    private IActorRef? ReadSender(ref FrameReader reader)
    {
        var code = reader.ReadVarUInt();
        if (code == 0)
        {
            return null;
        }
        if (code >= 3 && code % 2 == 1)
        {
            return Lookup(_senders, code, "sender");
        }
        var path = ReadPath(ref reader);
        var sender = path.StartsWith('/')
            ? remoting.Provider.RemoteRef(association.Address, path)
            : ResolveFullPath(path);
        Define(_senders, code, sender, "sender");
        return sender;
    }

    private string ReadManifest(ref FrameReader reader)
    {
        var code = reader.ReadVarUInt();
        if (code >= 3 && code % 2 == 1)
        {
            return Lookup(_manifests, code, "manifest");
        }
        var manifest = reader.ReadString();
        Define(_manifests, code, manifest, "manifest");
        return manifest;
    }

    private IActorRef ResolveFullPath(string path)
    {
        try
        {
            return remoting.Provider.ResolveFullPath(path);
        }
        catch (FormatException e)
        {
            throw new MalformedFrameException(e.Message);
        }
    }

    private static string ReadPath(ref FrameReader reader)
    {
        var path = reader.ReadString();
        if (path.Length == 0)
        {
            throw new MalformedFrameException("an empty actor path");
        }
        return path;
    }

    private static T Lookup<T>(List<T> table, ulong code, string what)
    {
        var id = (code - 3) / 2;
        if (id >= (ulong)table.Count)
        {
            throw new MalformedFrameException($"{what} #{id} was never defined on this link");
        }
        return table[(int)id];
    }

    private static void Define<T>(List<T> table, ulong code, T value, string what)
    {
        if (code == 1)
        {
            return;
        }
        if (code == 0 || (code - 2) / 2 != (ulong)table.Count || table.Count >= FrameEncoder.MaximumTableSize)
        {
            throw new MalformedFrameException($"{what} code {code} does not define the next table entry ({table.Count})");
        }
        table.Add(value);
    }

    /// <summary>A recipient path with its last resolution, kept while that actor lives.</summary>
    private sealed class Recipient(string path)
    {
        private ActorPath? _localPath;
        private bool _parsed;
        private IActorRef? _resolved;

        public string Path { get; } = path;

        public IActorRef Resolve(Remoting remoting)
        {
            if (_resolved is InternalActorRef { IsTerminated: false } resolved)
            {
                return resolved;
            }
            if (!_parsed)
            {
                _localPath = remoting.Provider.LocalPath(Path);
                _parsed = true;
            }
            var actor = remoting.Provider.ResolveLocal(_localPath);
            _resolved = ReferenceEquals(actor, remoting.System.DeadLetters) ? null : actor;
            return actor;
        }
    }
}
