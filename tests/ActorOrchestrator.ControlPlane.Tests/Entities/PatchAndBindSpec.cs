using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class PatchAndBindSpec : IAsyncLifetime
{
    private ControlPlaneHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControlPlaneHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task Merge_patch_changes_the_stored_object_atomically()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        var key = ResourceKey.Of(created);

        var patched = (ConfigMap)await _plane.Client.PatchAsync(
            key, new PatchRequest(PatchType.MergePatch, JsonNode.Parse("""{"data":{"extra":"x"},"metadata":{"labels":{"a":"b"}}}""")),
            WriteOptions.Default, CancellationToken.None);

        Assert.Equal("v", patched.Data?["key"]);
        Assert.Equal("x", patched.Data?["extra"]);
        Assert.Equal("b", patched.Metadata.Labels?["a"]);
        Assert.NotEqual(created.Metadata.ResourceVersion, patched.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Patch_with_a_stale_resourceVersion_answers_409_and_a_missing_object_404()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        var stale = new PatchRequest(PatchType.MergePatch, JsonNode.Parse("""{"metadata":{"resourceVersion":"1"},"data":{"k":"v"}}"""));

        var conflict = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.PatchAsync(ResourceKey.Of(created), stale, WriteOptions.Default, CancellationToken.None));
        var missing = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.PatchAsync(
            new ResourceKey(ResourceKinds.ConfigMap, "default", "nope"), stale, WriteOptions.Default, CancellationToken.None));

        Assert.Equal(409, conflict.Code);
        Assert.Equal(404, missing.Code);
    }

    [Fact]
    public async Task Status_patch_changes_only_the_status()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.Pod("p"), WriteOptions.Default, CancellationToken.None);

        var patched = (Pod)await _plane.Client.PatchAsync(
            ResourceKey.Of(created),
            new PatchRequest(PatchType.MergePatch, JsonNode.Parse("""{"status":{"phase":"Running"},"metadata":{"labels":{"x":"y"}}}"""), Status: true),
            WriteOptions.Default, CancellationToken.None);

        Assert.Equal("Running", patched.Status?.Phase);
        Assert.False(patched.Metadata.Labels?.ContainsKey("x") ?? false);
    }

    [Fact]
    public async Task Server_side_apply_creates_a_missing_object_then_updates_it_recording_the_field_manager()
    {
        var key = new ResourceKey(ResourceKinds.ConfigMap, "default", "applied");
        var options = new WriteOptions { FieldManager = "kubectl" };
        var first = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"applied","namespace":"default"},"data":{"a":"1"}}""";
        var second = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"applied","namespace":"default"},"data":{"a":"2"}}""";

        var created = (ConfigMap)await _plane.Client.PatchAsync(key, new PatchRequest(PatchType.ApplyPatch, JsonNode.Parse(first)), options, CancellationToken.None);
        var updated = (ConfigMap)await _plane.Client.PatchAsync(key, new PatchRequest(PatchType.ApplyPatch, JsonNode.Parse(second)), options, CancellationToken.None);
        var unchanged = await _plane.Client.PatchAsync(key, new PatchRequest(PatchType.ApplyPatch, JsonNode.Parse(second)), options, CancellationToken.None);

        Assert.Equal("1", created.Data?["a"]);
        Assert.Equal("2", updated.Data?["a"]);
        Assert.Equal(created.Metadata.Uid, updated.Metadata.Uid);
        Assert.Equal(updated.Metadata.ResourceVersion, unchanged.Metadata.ResourceVersion);
        var entry = Assert.Single(updated.Metadata.ManagedFields!);
        Assert.Equal("kubectl", entry.Manager);
        Assert.Equal("Apply", entry.Operation);
        Assert.Contains("\"f:a\"", entry.FieldsV1!.Value.GetRawText());
    }

    [Fact]
    public async Task Bind_sets_the_node_and_PodScheduled_and_a_second_node_is_refused_with_409()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.Pod("web"), WriteOptions.Default, CancellationToken.None);
        var key = ResourceKey.Of(created);

        var bound = (Pod)await _plane.Client.BindAsync(key, "node-1", CancellationToken.None);
        var again = await _plane.Client.BindAsync(key, "node-1", CancellationToken.None);
        var refused = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.BindAsync(key, "node-2", CancellationToken.None));

        Assert.Equal("node-1", bound.Spec.NodeName);
        var scheduled = Assert.Single(bound.Status!.Conditions!, condition => condition.Type == "PodScheduled");
        Assert.Equal("True", scheduled.Status);
        Assert.Equal(bound.Metadata.ResourceVersion, again.Metadata.ResourceVersion);
        Assert.Equal(409, refused.Code);
        Assert.Contains("already assigned to node \"node-1\"", refused.Message);
    }

    [Fact]
    public async Task Binding_a_missing_pod_answers_404()
    {
        var refused = await Assert.ThrowsAsync<StatusException>(
            () => _plane.Client.BindAsync(new ResourceKey(ResourceKinds.Pod, "default", "nope"), "node-1", CancellationToken.None));

        Assert.Equal(404, refused.Code);
    }
}
