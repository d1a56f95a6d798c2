using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class DeletionPropagationSpec : IAsyncLifetime
{
    private ControlPlaneHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControlPlaneHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    private Task<IKubernetesObject> CreateAsync(IKubernetesObject resource) => _plane.Client.CreateAsync(resource, WriteOptions.Default, CancellationToken.None);

    private bool Gone(IKubernetesObject resource) => _plane.View.Get(ResourceKinds.Of(resource), resource.Metadata.Namespace, resource.Metadata.Name!) is null;

    [Fact]
    public async Task Background_deletion_removes_the_owner_at_once_and_garbage_collects_its_dependents_only()
    {
        var owner = await CreateAsync(NewObjects.Deployment("web"));
        var other = await CreateAsync(NewObjects.Deployment("api"));
        var dependent = await CreateAsync(NewObjects.Owned(NewObjects.ConfigMap("web-config"), NewObjects.OwnedBy(owner)));
        var survivor = await CreateAsync(NewObjects.Owned(NewObjects.ConfigMap("api-config"), NewObjects.OwnedBy(other)));

        var deleted = await _plane.Client.DeleteAsync(ResourceKey.Of(owner), DeleteOptions.Default, CancellationToken.None);

        Assert.True(deleted.Deleted);
        await Eventually.TrueAsync(() => Gone(dependent), "the dependent of the deleted owner is collected");
        Assert.False(Gone(survivor));
        Assert.Equal(survivor.Metadata.Uid, (await _plane.Client.GetAsync(ResourceKey.Of(survivor), CancellationToken.None))?.Metadata.Uid);
    }

    [Fact]
    public async Task A_dependent_whose_owner_reference_names_another_uid_is_collected()
    {
        var owner = await CreateAsync(NewObjects.Deployment("web"));
        var stale = NewObjects.OwnedBy(owner) with { Uid = Guid.NewGuid().ToString() };

        var dependent = await CreateAsync(NewObjects.Owned(NewObjects.ConfigMap("stale-config"), stale));

        await Eventually.TrueAsync(() => Gone(dependent), "a dependent of an owner that no longer exists is collected");
        Assert.False(Gone(owner));
    }

    [Fact]
    public async Task Foreground_deletion_keeps_the_owner_until_its_blocking_dependents_are_gone()
    {
        var owner = await CreateAsync(NewObjects.Deployment("web"));
        var first = await CreateAsync(NewObjects.Owned(NewObjects.ConfigMap("one"), NewObjects.OwnedBy(owner)));
        var second = await CreateAsync(NewObjects.Owned(NewObjects.ConfigMap("two"), NewObjects.OwnedBy(owner)));

        var marked = await _plane.Client.DeleteAsync(
            ResourceKey.Of(owner), new DeleteOptions { PropagationPolicy = PropagationPolicy.Foreground }, CancellationToken.None);

        Assert.False(marked.Deleted);
        Assert.NotNull(marked.Object.Metadata.DeletionTimestamp);
        Assert.Contains("foregroundDeletion", marked.Object.Metadata.Finalizers!);
        await Eventually.TrueAsync(() => Gone(owner), "the owner goes after its dependents");
        Assert.True(Gone(first));
        Assert.True(Gone(second));
    }

    [Fact]
    public async Task Orphan_deletion_removes_the_owner_and_leaves_dependents_without_the_reference()
    {
        var owner = await CreateAsync(NewObjects.Deployment("web"));
        var keeper = await CreateAsync(NewObjects.Deployment("keeper"));
        var dependent = await CreateAsync(NewObjects.Owned(NewObjects.ConfigMap("kept"), NewObjects.OwnedBy(owner), NewObjects.OwnedBy(keeper, blockOwnerDeletion: false) with { Controller = false }));

        var marked = await _plane.Client.DeleteAsync(
            ResourceKey.Of(owner), new DeleteOptions { PropagationPolicy = PropagationPolicy.Orphan }, CancellationToken.None);

        Assert.False(marked.Deleted);
        Assert.Contains("orphan", marked.Object.Metadata.Finalizers!);
        await Eventually.TrueAsync(() => Gone(owner), "the orphaning owner goes");
        var kept = await _plane.Client.GetAsync(ResourceKey.Of(dependent), CancellationToken.None);
        Assert.NotNull(kept);
        var reference = Assert.Single(kept.Metadata.OwnerReferences!);
        Assert.Equal(keeper.Metadata.Uid, reference.Uid);
    }

    [Fact]
    public async Task Deleting_a_namespace_deletes_everything_in_it_then_the_namespace()
    {
        await CreateAsync(NewObjects.Namespace("team"));
        var pod = await CreateAsync(NewObjects.Pod("web", ns: "team"));
        var config = await CreateAsync(NewObjects.ConfigMap("settings", ns: "team"));
        var elsewhere = await CreateAsync(NewObjects.ConfigMap("settings"));
        var key = new ResourceKey(ResourceKinds.Namespace, null, "team");

        var marked = await _plane.Client.DeleteAsync(key, DeleteOptions.Default, CancellationToken.None);

        Assert.Equal("Terminating", ((Namespace)marked.Object).Status?.Phase);
        await Eventually.TrueAsync(async () => await _plane.Client.GetAsync(key, CancellationToken.None) is null, "the namespace goes once empty");
        await Eventually.TrueAsync(() => _plane.View.Get(ResourceKinds.Namespace, null, "team") is null, "the view shows the namespace gone");
        Assert.True(Gone(pod));
        Assert.True(Gone(config));
        Assert.False(Gone(elsewhere));
    }

    [Fact]
    public async Task A_namespace_with_a_pod_on_a_node_waits_for_the_node_agent_to_finish_it()
    {
        await CreateAsync(NewObjects.Namespace("busy"));
        var pod = await CreateAsync(NewObjects.Pod("web", ns: "busy"));
        var podKey = ResourceKey.Of(pod);
        await _plane.Client.BindAsync(podKey, "node-1", CancellationToken.None);
        var key = new ResourceKey(ResourceKinds.Namespace, null, "busy");

        await _plane.Client.DeleteAsync(key, DeleteOptions.Default, CancellationToken.None);

        await Eventually.TrueAsync(async () => (await _plane.Client.GetAsync(podKey, CancellationToken.None))?.Metadata.DeletionTimestamp is not null,
            "the pod is marked for graceful deletion");
        Assert.NotNull(await _plane.Client.GetAsync(key, CancellationToken.None));
        var finished = await _plane.Client.DeleteAsync(podKey, new DeleteOptions { GracePeriodSeconds = 0 }, CancellationToken.None);
        Assert.True(finished.Deleted);
        await Eventually.TrueAsync(async () => await _plane.Client.GetAsync(key, CancellationToken.None) is null, "the namespace goes after its last pod");
    }
}
