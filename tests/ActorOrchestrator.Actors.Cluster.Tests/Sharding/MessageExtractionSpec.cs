using ActorOrchestrator.Actors.Cluster.Sharding;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

public sealed class MessageExtractionSpec
{
    [Theory]
    [InlineData("", 2166136261u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Hash_is_fnv1a_of_the_utf8_bytes(string text, uint expected) => Assert.Equal(expected, StableHash.Fnv1a(text));

    [Fact]
    public void Shard_id_is_the_same_in_every_process()
    {
        // Fixed values: a per-process randomized hash (string.GetHashCode) would fail this in most runs.
        Assert.Equal("20", HashCodeMessageExtractor.ShardIdOf("a", 100));
        Assert.Equal("20", HashCodeMessageExtractor.ShardIdOf("foobar", 100));
        Assert.Equal("1067252073", HashCodeMessageExtractor.ShardIdOf("foobar", int.MaxValue));
        Assert.Equal(HashCodeMessageExtractor.ShardIdOf("pod/default/web-0", 1000), new HashCodeMessageExtractor(1000).ShardId("pod/default/web-0"));
    }

    [Fact]
    public void Non_ascii_entity_ids_hash_their_utf8_bytes()
    {
        var longId = new string('é', 300);
        Assert.Equal(StableHash.Fnv1a(longId), StableHash.Fnv1a(new string('é', 300)));
        Assert.NotEqual(StableHash.Fnv1a("é"), StableHash.Fnv1a("e"));
    }

    [Fact]
    public void Envelope_gives_its_entity_id_and_payload()
    {
        var extractor = new HashCodeMessageExtractor(10);
        var envelope = new ShardingEnvelope("x", 42);
        Assert.Equal("x", extractor.EntityId(envelope));
        Assert.Equal(42, extractor.EntityMessage(envelope));
        Assert.Null(extractor.EntityId("not for an entity"));
    }

    [Fact]
    public void Entity_names_escape_everything_an_actor_name_cannot_hold_and_stay_distinct()
    {
        Assert.Equal("web-0", EntityNames.Escape("web-0"));
        Assert.Equal("default~2Fweb-0", EntityNames.Escape("default/web-0"));
        Assert.Equal("~7E", EntityNames.Escape("~"));
        Assert.NotEqual(EntityNames.Escape("a/b"), EntityNames.Escape("a~2Fb"));
        Assert.Equal("~C3~A9", EntityNames.Escape("é"));
    }
}
