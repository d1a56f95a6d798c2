using System.Text.Json;
using System.Text.Json.Serialization;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>A member with its address, status, roles, up-number and app version.</summary>
internal sealed class MemberJsonConverter : JsonConverter<Member>
{
    public override Member Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options) ?? throw new JsonException("A member cannot be null.");
        if (wire.Address is null || wire.Roles is null)
        {
            throw new JsonException("A member needs an address and roles.");
        }
        return WireErrors.Guard(() => Member.Restore(wire.Address, wire.Status, wire.Roles, wire.UpNumber, wire.AppVersion), "member");
    }

    public override void Write(Utf8JsonWriter writer, Member value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Wire(value.UniqueAddress, value.Status, [.. value.Roles], value.UpNumber, value.AppVersion), options);

    internal sealed record Wire(UniqueAddress Address, MemberStatus Status, string[] Roles, int UpNumber, string? AppVersion);
}
