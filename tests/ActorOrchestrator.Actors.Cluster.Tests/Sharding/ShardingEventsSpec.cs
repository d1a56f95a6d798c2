using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Cluster.Sharding.Events;
using ActorOrchestrator.Actors.Persistence.Serialization;

namespace ActorOrchestrator.Actors.Cluster.Tests.Sharding;

public sealed class ShardingEventsSpec
{
    private const string Region = "ao://cluster@10.0.0.7:2552/system/sharding-pod#42";

    private static readonly EventTypeRegistry Registry = ShardingEvents.Register(new EventTypeRegistryBuilder()).Build();

    [Fact]
    public void Coordinator_facts_are_plain_camel_case_json_under_versioned_manifests_and_read_back()
    {
        var allocated = Registry.Serialize(new ShardHomeAllocated("7", Region));
        Assert.Equal("ShardHomeAllocated.v1", allocated.Manifest);
        Assert.Equal("""{"shard":"7","region":"ao://cluster@10.0.0.7:2552/system/sharding-pod#42"}""", allocated.Json);
        Assert.Equal(new ShardHomeAllocated("7", Region), Registry.Deserialize(allocated.Manifest, allocated.Json));

        object[] facts = [new ShardRegionRegistered(Region), new ShardRegionTerminated(Region), new ShardHomeDeallocated("7")];
        foreach (var fact in facts)
        {
            var stored = Registry.Serialize(fact);
            Assert.Equal(fact.GetType().Name + ".v1", stored.Manifest);
            Assert.Equal(fact, Registry.Deserialize(stored.Manifest, stored.Json));
        }
    }

    [Fact]
    public void Snapshots_and_remembered_entities_read_back_with_every_id()
    {
        var snapshot = new ShardCoordinatorSnapshot(ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.Add(Region, ["1", "2"]));
        var read = (ShardCoordinatorSnapshot)RoundTrip(snapshot);
        Assert.Equal<string>(["1", "2"], [.. read.Regions[Region]]);

        Assert.Equal<string>(["pod/default/web-0", "pod/default/é"], [.. ((EntitiesStarted)RoundTrip(new EntitiesStarted(["pod/default/web-0", "pod/default/é"]))).EntityIds]);
        Assert.Equal<string>(["a"], [.. ((EntitiesStopped)RoundTrip(new EntitiesStopped(["a"]))).EntityIds]);
        Assert.Equal<string>(["b"], [.. ((RememberedEntitiesSnapshot)RoundTrip(new RememberedEntitiesSnapshot(["b"]))).EntityIds]);
    }

    [Fact]
    public void Registering_twice_on_one_builder_is_refused_naming_the_manifest()
    {
        var builder = ShardingEvents.Register(new EventTypeRegistryBuilder());
        var error = Assert.Throws<ArgumentException>(() => ShardingEvents.Register(builder));
        Assert.Contains("ShardRegionRegistered", error.Message, StringComparison.Ordinal);
    }

    private static object RoundTrip(object fact)
    {
        var stored = Registry.Serialize(fact);
        return Registry.Deserialize(stored.Manifest, stored.Json);
    }
}
