using System.Text.Json;
using System.Text.Json.Serialization;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>The reachability table as its records and the observers' versions.</summary>
internal sealed class ReachabilityJsonConverter : JsonConverter<Reachability>
{
    public override Reachability Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options) ?? throw new JsonException("A reachability table cannot be null.");
        if (wire.Records is null || wire.Versions is null)
        {
            throw new JsonException("A reachability table needs records and versions.");
        }
        return WireErrors.Guard(
            () => Reachability.Restore(wire.Records, wire.Versions.Select(v => KeyValuePair.Create(v.Node, v.Version))),
            "reachability table");
    }

    public override void Write(Utf8JsonWriter writer, Reachability value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(
            writer,
            new Wire([.. value.Records], [.. value.Versions.Select(v => new VectorClockJsonConverter.Entry(v.Key, v.Value))]),
            options);

    internal sealed record Wire(ReachabilityRecord[] Records, VectorClockJsonConverter.Entry[] Versions);
}
