using System.Text.Json;
using System.Text.Json.Serialization;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>A vector clock as <c>[{"node": {...}, "version": 3}, ...]</c>.</summary>
internal sealed class VectorClockJsonConverter : JsonConverter<VectorClock>
{
    public override VectorClock Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var entries = JsonSerializer.Deserialize<Entry[]>(ref reader, options) ?? throw new JsonException("A vector clock cannot be null.");
        return WireErrors.Guard(() => VectorClock.Of(entries.Select(e => KeyValuePair.Create(e.Node, e.Version))), "vector clock");
    }

    public override void Write(Utf8JsonWriter writer, VectorClock value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Versions.Select(v => new Entry(v.Key, v.Value)).ToArray(), options);

    internal sealed record Entry(UniqueAddress Node, long Version);
}
