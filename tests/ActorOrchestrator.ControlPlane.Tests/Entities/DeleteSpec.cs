using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class DeleteSpec : IAsyncLifetime
{
    private ControlPlaneHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControlPlaneHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task An_unbound_pod_goes_at_once_and_leaves_the_view()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.Pod("web"), WriteOptions.Default, CancellationToken.None);

        var result = await _plane.Client.DeleteAsync(ResourceKey.Of(created), DeleteOptions.Default, CancellationToken.None);

        Assert.True(result.Deleted);
        Assert.Null(result.Object.Metadata.DeletionTimestamp);
        await _plane.CaughtUpAsync(result.Object);
        Assert.Null(_plane.View.Get(ResourceKinds.Pod, "default", "web"));
        var again = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.DeleteAsync(ResourceKey.Of(created), DeleteOptions.Default, CancellationToken.None));
        Assert.Equal(404, again.Code);
    }

    [Fact]
    public async Task A_bound_pod_gets_its_grace_period_and_goes_when_its_agent_deletes_it_with_grace_zero()
    {
        var pod = NewObjects.Pod("web");
        var created = await _plane.Client.CreateAsync(pod with { Spec = pod.Spec with { TerminationGracePeriodSeconds = 45 } }, WriteOptions.Default, CancellationToken.None);
        var key = ResourceKey.Of(created);
        await _plane.Client.BindAsync(key, "node-1", CancellationToken.None);
        var before = DateTimeOffset.UtcNow;

        var marked = await _plane.Client.DeleteAsync(key, DeleteOptions.Default, CancellationToken.None);

        Assert.False(marked.Deleted);
        Assert.Equal(45, marked.Object.Metadata.DeletionGracePeriodSeconds);
        Assert.InRange(marked.Object.Metadata.DeletionTimestamp!.Value, before.AddSeconds(43), before.AddSeconds(47));
        var repeated = await _plane.Client.DeleteAsync(key, DeleteOptions.Default, CancellationToken.None);
        Assert.Equal(marked.Object.Metadata.ResourceVersion, repeated.Object.Metadata.ResourceVersion);

        var finished = await _plane.Client.DeleteAsync(key, new DeleteOptions { GracePeriodSeconds = 0 }, CancellationToken.None);

        Assert.True(finished.Deleted);
        Assert.Equal(0, finished.Object.Metadata.DeletionGracePeriodSeconds);
        Assert.Null(await _plane.Client.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task An_object_with_finalizers_stays_until_an_update_removes_them()
    {
        var configMap = NewObjects.ConfigMap("held");
        var created = await _plane.Client.CreateAsync(
            configMap with { Metadata = configMap.Metadata with { Finalizers = ["example.com/hold"] } }, WriteOptions.Default, CancellationToken.None);
        var key = ResourceKey.Of(created);

        var marked = await _plane.Client.DeleteAsync(key, DeleteOptions.Default, CancellationToken.None);
        var current = (ConfigMap)marked.Object;
        var refused = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.UpdateAsync(
            current with { Metadata = current.Metadata with { Finalizers = ["example.com/hold", "example.com/more"] } }, WriteOptions.Default, CancellationToken.None));
        var released = await _plane.Client.UpdateAsync(current with { Metadata = current.Metadata with { Finalizers = null } }, WriteOptions.Default, CancellationToken.None);

        Assert.False(marked.Deleted);
        Assert.NotNull(marked.Object.Metadata.DeletionTimestamp);
        Assert.Equal(422, refused.Code);
        await _plane.CaughtUpAsync(released);
        Assert.Null(_plane.View.Get(ResourceKinds.ConfigMap, "default", "held"));
        Assert.Null(await _plane.Client.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Preconditions_on_uid_and_resourceVersion_answer_409_when_they_no_longer_hold()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        var key = ResourceKey.Of(created);

        var wrongUid = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.DeleteAsync(
            key, new DeleteOptions { PreconditionUid = Guid.NewGuid().ToString() }, CancellationToken.None));
        var wrongVersion = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.DeleteAsync(
            key, new DeleteOptions { PreconditionResourceVersion = "1" }, CancellationToken.None));
        var deleted = await _plane.Client.DeleteAsync(
            key, new DeleteOptions { PreconditionUid = created.Metadata.Uid, PreconditionResourceVersion = created.Metadata.ResourceVersion }, CancellationToken.None);

        Assert.Equal(409, wrongUid.Code);
        Assert.Contains("Precondition failed: UID in precondition", wrongUid.Message);
        Assert.Equal(409, wrongVersion.Code);
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public async Task Dry_run_delete_answers_without_deleting()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);

        var answered = await _plane.Client.DeleteAsync(ResourceKey.Of(created), new DeleteOptions { DryRun = true }, CancellationToken.None);

        Assert.True(answered.Deleted);
        Assert.NotNull(await _plane.Client.GetAsync(ResourceKey.Of(created), CancellationToken.None));
    }

    [Fact]
    public async Task A_name_can_be_created_again_after_its_object_was_deleted()
    {
        var first = await _plane.Client.CreateAsync(NewObjects.ConfigMap("reborn"), WriteOptions.Default, CancellationToken.None);
        await _plane.Client.DeleteAsync(ResourceKey.Of(first), DeleteOptions.Default, CancellationToken.None);

        var second = await _plane.Client.CreateAsync(NewObjects.ConfigMap("reborn", value: "new"), WriteOptions.Default, CancellationToken.None);

        Assert.NotEqual(first.Metadata.Uid, second.Metadata.Uid);
        await _plane.CaughtUpAsync(second);
        Assert.Equal(second.Metadata.Uid, _plane.View.Get(ResourceKinds.ConfigMap, "default", "reborn")?.Uid);
    }
}
