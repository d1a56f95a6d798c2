using System.Text.Json;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace ActorOrchestrator.ControlPlane.Tests.Events;

public sealed class ResourceEventsSpec
{
    [Fact]
    public void Every_resource_event_is_registered_under_its_versioned_manifest()
    {
        var registry = ResourceEvents.Register(new EventTypeRegistryBuilder()).Build();

        Assert.Equal(
            ["ObjectCreated.v1", "ObjectDeleted.v1", "ObjectDeletionRequested.v1", "ObjectStatusUpdated.v1", "ObjectUpdated.v1"],
            registry.Manifests.Order(StringComparer.Ordinal));
        Assert.True(registry.TryGetManifest(typeof(ObjectStatusUpdated), out var manifest));
        Assert.Equal(ResourceEvents.ObjectStatusUpdatedManifest, manifest);
    }

    [Fact]
    public void The_event_carries_the_whole_object_without_a_resource_version()
    {
        var pod = TestObjects.Pod("web-1", labels: TestObjects.Labels("app=web"), nodeName: "n1");
        pod = pod with { Metadata = pod.Metadata with { ResourceVersion = "41" } };

        var json = ResourceEventObject.ToEventJson(pod);

        Assert.Equal("Pod", json.GetProperty("kind").GetString());
        Assert.Equal("v1", json.GetProperty("apiVersion").GetString());
        Assert.Equal("web", json.GetProperty("metadata").GetProperty("labels").GetProperty("app").GetString());
        Assert.Equal("n1", json.GetProperty("spec").GetProperty("nodeName").GetString());
        Assert.False(json.GetProperty("metadata").TryGetProperty("resourceVersion", out _));
    }

    [Fact]
    public void Reading_an_event_stamps_the_ordering_as_the_resource_version()
    {
        var pod = TestObjects.Pod("web-1");
        var created = new ObjectCreated(ResourceEventObject.ToEventJson(pod));

        var read = (Pod)ResourceEventObject.Read(created, ResourceKinds.Pod, 1234);

        Assert.Equal("1234", read.Metadata.ResourceVersion);
        Assert.Equal(pod.Metadata.Uid, read.Metadata.Uid);
        Assert.Equal("busybox", read.Spec.Containers![0].Image);
    }

    [Fact]
    public void An_event_without_a_JSON_object_is_refused_naming_the_event()
    {
        var error = Assert.Throws<ArgumentException>(() => new ObjectDeleted(JsonDocument.Parse("[1]").RootElement));

        Assert.Contains("ObjectDeleted carries the whole object as a JSON object, got a JSON Array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_events_are_plain_JSON_that_SQL_can_read()
    {
        await using var harness = await ReadModelHarness.SqliteAsync();
        await harness.Writer.CreateAsync(TestObjects.ConfigMap("settings", "team-a", value: "blue"));

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(harness.DataDirectory, "journal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT persistence_id, manifest, json_extract(payload, '$.object.data.key') FROM journal";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("configmap/team-a/settings", reader.GetString(0));
        Assert.Equal("ObjectCreated.v1", reader.GetString(1));
        Assert.Equal("blue", reader.GetString(2));
    }
}
