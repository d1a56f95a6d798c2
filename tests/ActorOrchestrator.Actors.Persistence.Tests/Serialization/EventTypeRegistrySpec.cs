using System.Text.Json;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

namespace ActorOrchestrator.Actors.Persistence.Tests.Serialization;

public sealed class EventTypeRegistrySpec
{
    [Fact]
    public void An_event_is_stored_as_camel_case_json_under_its_manifest_and_read_back_equal()
    {
        var registry = TestRegistry.Create();

        var stored = registry.Serialize(new ItemAdded("apple", 3));

        Assert.Equal("ItemAdded.v1", stored.Manifest);
        Assert.Equal("""{"name":"apple","quantity":3}""", stored.Json);
        Assert.Equal(new ItemAdded("apple", 3), registry.Deserialize(stored.Manifest, stored.Json));
    }

    [Theory]
    [InlineData("ItemAdded")]
    [InlineData("ItemAdded.v0")]
    [InlineData("ItemAdded.1")]
    [InlineData("Item Added.v1")]
    [InlineData("")]
    public void A_manifest_without_a_type_name_and_version_is_refused(string manifest)
    {
        var failure = Assert.Throws<ArgumentException>(() => new EventTypeRegistryBuilder().Add<ItemAdded>(manifest));

        Assert.Contains("like 'PodBound.v1'", failure.Message);
    }

    [Fact]
    public void A_type_or_manifest_cannot_be_registered_twice()
    {
        var builder = new EventTypeRegistryBuilder().Add<ItemAdded>("ItemAdded.v1");

        Assert.Contains("already registered as 'ItemAdded.v1'", Assert.Throws<ArgumentException>(() => builder.Add<ItemAdded>("ItemAdded.v2")).Message);
        Assert.Contains("already registered for", Assert.Throws<ArgumentException>(() => builder.Add<ItemRemoved>("ItemAdded.v1")).Message);
    }

    [Fact]
    public void An_unregistered_type_is_refused_with_how_to_register_it()
    {
        var failure = Assert.Throws<UnregisteredEventTypeException>(() => TestRegistry.Create().Serialize(new NeverRegistered("x")));

        Assert.Contains("Add<NeverRegistered>(\"NeverRegistered.v1\")", failure.Message);
    }

    [Fact]
    public void Reading_an_unknown_manifest_lists_the_registered_ones()
    {
        var failure = Assert.Throws<KeyNotFoundException>(() => TestRegistry.Create().Deserialize("Ghost.v1", "{}"));

        Assert.Contains("CartState.v1, ItemAdded.v1, ItemRemoved.v1", failure.Message);
    }

    [Fact]
    public void A_json_null_payload_is_not_an_event()
    {
        Assert.Throws<JsonException>(() => TestRegistry.Create().Deserialize("ItemAdded.v1", "null"));
    }
}
