using System.Text.Json;
using System.Text.Json.Serialization;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>The whole gossip: members, seen set, reachability, version and tombstones.</summary>
internal sealed class GossipJsonConverter : JsonConverter<Gossip>
{
    public override Gossip Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options) ?? throw new JsonException("A gossip cannot be null.");
        if (wire.Members is null || wire.Seen is null || wire.Reachability is null || wire.Version is null || wire.Tombstones is null)
        {
            throw new JsonException("A gossip needs members, seen, reachability, version and tombstones.");
        }
        return WireErrors.Guard(
            () => Gossip.Restore(wire.Members, wire.Seen, wire.Reachability, wire.Version, wire.Tombstones.Select(t => KeyValuePair.Create(t.Node, t.RemovedAt))),
            "gossip");
    }

    public override void Write(Utf8JsonWriter writer, Gossip value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(
            writer,
            new Wire(
                [.. value.Members.Values],
                [.. value.Overview.Seen],
                value.Reachability,
                value.Version,
                [.. value.Tombstones.Select(t => new Tombstone(t.Key, t.Value))]),
            options);

    internal sealed record Wire(Member[] Members, UniqueAddress[] Seen, Reachability Reachability, VectorClock Version, Tombstone[] Tombstones);

    internal sealed record Tombstone(UniqueAddress Node, DateTimeOffset RemovedAt);
}
