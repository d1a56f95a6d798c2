using System.Collections.Immutable;
using System.Text.Json;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Serialization;

public sealed class ClusterJsonSpec
{
    private static readonly DateTimeOffset Noon = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Gossip Rich = Gossip.Of([Up(A, 1, "control-plane"), InStatus(B, MemberStatus.Leaving, 2, "worker"), Member.Joining(C, ["worker"], "1.4.2"), Up(E, 3)])
        .WithReachability(Reachability.Empty.Unreachable(A, C).Terminated(B, C).Unreachable(A, E).Reachable(A, E).Unreachable(C, B))
        .Remove(E, Noon)
        .Increment(A).Increment(B).Increment(A)
        .Seen(A).Seen(C);

    private static T RoundTrip<T>(T message)
    {
        var json = JsonSerializer.Serialize<object>(message!, ClusterJson.Options);
        var type = ClusterJson.MessageTypes["cluster." + typeof(T).Name];
        return (T)JsonSerializer.Deserialize(json, type, ClusterJson.Options)!;
    }

    [Fact]
    public void A_gossip_survives_the_wire_unchanged()
    {
        var json = JsonSerializer.Serialize(Rich, ClusterJson.Options);

        var back = JsonSerializer.Deserialize<Gossip>(json, ClusterJson.Options)!;

        Assert.Equal(Rich, back);
        Assert.Equal(Rich.Reachability.Versions, back.Reachability.Versions);
        Assert.Equal(VectorClockOrdering.Same, back.Version.Compare(Rich.Version));
        Assert.Contains("\"status\":\"leaving\"", json);
        Assert.Contains("\"removedAt\":\"2025-01-01T12:00:00+00:00\"", json);
    }

    [Fact]
    public void Every_membership_message_survives_the_wire()
    {
        var roles = ImmutableSortedSet.Create(StringComparer.Ordinal, "control-plane", "worker");

        Assert.Equal(new InitJoin(A), RoundTrip(new InitJoin(A)));
        Assert.Equal(new InitJoinAck(B), RoundTrip(new InitJoinAck(B)));
        Assert.Equal(new InitJoinNack(C), RoundTrip(new InitJoinNack(C)));
        var join = RoundTrip(new Join(D, roles, "2.0.0"));
        Assert.Equal((D, "2.0.0"), (join.Node, join.AppVersion));
        Assert.Equal(roles, join.Roles);
        var welcome = RoundTrip(new Welcome(A, Rich));
        Assert.Equal((A, Rich), (welcome.From, welcome.Gossip));
        Assert.Equal(new Leave(new NodeAddress("b", 2552)), RoundTrip(new Leave(new NodeAddress("b", 2552))));
        Assert.Equal(new Down(new NodeAddress("c", 2552)), RoundTrip(new Down(new NodeAddress("c", 2552))));
        var envelope = RoundTrip(new GossipEnvelope(A, B, Rich));
        Assert.Equal((A, B, Rich), (envelope.From, envelope.To, envelope.Gossip));
        var status = RoundTrip(new GossipStatus(B, Rich.Version, Rich.Overview.Seen));
        Assert.Equal((B, Rich.Version), (status.From, status.Version));
        Assert.Equal(Rich.Overview.Seen, status.Seen);
        Assert.Equal(new Heartbeat(A, 42, TimeSpan.FromMilliseconds(1234.5)), RoundTrip(new Heartbeat(A, 42, TimeSpan.FromMilliseconds(1234.5))));
        Assert.Equal(new HeartbeatRsp(B, 42, TimeSpan.FromSeconds(9)), RoundTrip(new HeartbeatRsp(B, 42, TimeSpan.FromSeconds(9))));
    }

    [Fact]
    public void Every_manifest_names_its_type_and_is_unique()
    {
        Assert.Equal(15, ClusterJson.MessageTypes.Count);
        Assert.All(ClusterJson.MessageTypes, entry => Assert.Equal("cluster." + entry.Value.Name, entry.Key));
        Assert.All(ClusterJson.MessageTypes.Values, type => Assert.True(typeof(IClusterMessage).IsAssignableFrom(type)));
    }

    [Theory]
    [InlineData("""{"members":[{"address":{"host":"a","port":1,"uid":1},"status":"removed","roles":[],"upNumber":1}],"seen":[],"reachability":{"records":[],"versions":[]},"version":[],"tombstones":[]}""", "status Removed")]
    [InlineData("""{"members":[],"seen":[],"reachability":{"records":[],"versions":[]},"version":[{"node":{"host":"a","port":1,"uid":1},"version":0}],"tombstones":[]}""", "vector clock")]
    [InlineData("""{"members":[],"seen":[],"reachability":{"records":[{"observer":{"host":"a","port":1,"uid":1},"subject":{"host":"b","port":1,"uid":1},"status":"unreachable","version":5}],"versions":[]},"version":[],"tombstones":[]}""", "beyond its observer's version")]
    [InlineData("""{"members":[{"address":{"host":"a","port":1,"uid":1},"status":"up","roles":[],"upNumber":1},{"address":{"host":"a","port":1,"uid":1},"status":"up","roles":[],"upNumber":2}],"seen":[],"reachability":{"records":[],"versions":[]},"version":[],"tombstones":[]}""", "appears twice")]
    [InlineData("""{"members":[]}""", "needs members, seen")]
    public void A_gossip_that_cannot_be_right_is_refused_with_a_reason(string json, string reason)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Gossip>(json, ClusterJson.Options));

        Assert.Contains(reason, error.Message);
    }
}
