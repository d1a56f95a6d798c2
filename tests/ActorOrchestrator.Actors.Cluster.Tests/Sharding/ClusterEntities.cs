using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

/// <summary>An entity's answer in a cluster: which member and incarnation got which message.</summary>
public sealed record DeliveredAt(string EntityId, int Seq, string Member, int Incarnation);

/// <summary>One start of an entity incarnation on a member.</summary>
internal sealed record EntityStart(string EntityId, string Member, int Incarnation);

/// <summary>Every entity start and stop on the members of one spec (they all run in this process).</summary>
internal sealed class EntityLifecycleLog
{
    private readonly ConcurrentQueue<EntityStart> _starts = new();
    private readonly ConcurrentDictionary<int, bool> _stopped = new();

    public void Started(EntityStart start) => _starts.Enqueue(start);

    public void Stopped(int incarnation) => _stopped[incarnation] = true;

    public IReadOnlyList<EntityStart> StartsOf(string entityId) => [.. _starts.Where(s => s.EntityId == entityId)];

    public bool IsStopped(int incarnation) => _stopped.ContainsKey(incarnation);
}

/// <summary>Answers <see cref="Deliver"/> with <see cref="DeliveredAt"/>, passivates on <see cref="PleasePassivate"/>, logs its life.</summary>
internal sealed class MemberEchoEntity : ReceiveActor
{
    private static int _starts;
    private readonly int _incarnation = Interlocked.Increment(ref _starts);
    private readonly string _member;
    private readonly EntityLifecycleLog _log;

    public MemberEchoEntity(string member, EntityLifecycleLog log)
    {
        _member = member;
        _log = log;
        Receive<Deliver>(d => Sender.Tell(new DeliveredAt(d.EntityId, d.Seq, _member, _incarnation)));
        Receive<PleasePassivate>(_ => Context.Parent.Tell(new Passivate(StopEntity.Instance)));
        Receive<StopEntity>(_ => Context.Stop(Self));
        Receive<StopYourself>(_ => Context.Stop(Self));
    }

    protected override void PreStart() => _log.Started(new EntityStart(Self.Path.Name, _member, _incarnation));

    protected override void PostStop() => _log.Stopped(_incarnation);
}

/// <summary>The sharding specs' own messages on the wire (besides sharding's and the cluster's).</summary>
internal sealed class ShardingTestMessages : IMessageSerializer
{
    public static readonly ShardingTestMessages Instance = new();

    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["shardtest.Deliver"] = typeof(Deliver),
        ["shardtest.DeliveredAt"] = typeof(DeliveredAt),
        ["shardtest.PleasePassivate"] = typeof(PleasePassivate),
    };

    public bool TrySerialize(object message, IBufferWriter<byte> output, [NotNullWhen(true)] out string? manifest)
    {
        manifest = Types.FirstOrDefault(e => e.Value == message.GetType()).Key;
        if (manifest is null)
        {
            return false;
        }
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, message, message.GetType());
        return true;
    }

    public bool TryDeserialize(string manifest, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? message)
    {
        message = Types.TryGetValue(manifest, out var type) ? JsonSerializer.Deserialize(utf8Json, type) : null;
        return message is not null;
    }
}
