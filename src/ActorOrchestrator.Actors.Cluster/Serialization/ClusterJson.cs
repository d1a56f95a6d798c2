using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Singleton;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>
/// The wire form of the cluster messages: camelCase JSON with string enums, one explicit manifest per message type
/// ("cluster." + type name), for whatever serializer registry carries them between members.
/// </summary>
public static class ClusterJson
{
    /// <summary>Manifest of every message members exchange for membership, and its type.</summary>
    public static FrozenDictionary<string, Type> MessageTypes { get; } = new[]
    {
        typeof(InitJoin), typeof(InitJoinAck), typeof(InitJoinNack), typeof(Join), typeof(Welcome), typeof(Leave), typeof(Down),
        typeof(GossipEnvelope), typeof(GossipStatus), typeof(Heartbeat), typeof(HeartbeatRsp),
        typeof(HandOverToMe), typeof(HandOverInProgress), typeof(HandOverDone), typeof(TakeOverFromMe),
    }.ToFrozenDictionary(static type => "cluster." + type.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, string> Manifests = MessageTypes.ToFrozenDictionary(static e => e.Value, static e => e.Key);

    /// <summary>Options that read and write every cluster message (read-only; copy them to add more converters).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The manifest of a cluster message type; null for any other type.</summary>
    public static string? ManifestOf(Type type) => Manifests.GetValueOrDefault(type);

    /// <summary>Adds the converters the cluster types need to <paramref name="options"/>.</summary>
    public static void AddConverters(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new MemberJsonConverter());
        options.Converters.Add(new VectorClockJsonConverter());
        options.Converters.Add(new ReachabilityJsonConverter());
        options.Converters.Add(new GossipJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        AddConverters(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
