using System.Globalization;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class CreateSpec : IAsyncLifetime
{
    private ControlPlaneHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControlPlaneHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task Create_stamps_uid_creation_time_generation_one_and_the_journal_ordering_as_resourceVersion()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var created = (Pod)await _plane.Client.CreateAsync(NewObjects.Pod("web-1"), WriteOptions.Default, CancellationToken.None);

        Assert.True(Guid.TryParse(created.Metadata.Uid, out _));
        Assert.Equal(1, created.Metadata.Generation);
        Assert.InRange(created.Metadata.CreationTimestamp!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(0, created.Metadata.CreationTimestamp.Value.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal("Pending", created.Status?.Phase);
        Assert.Equal("Always", created.Spec.RestartPolicy);
        await _plane.CaughtUpAsync(created);
        var viewed = _plane.View.Get(ResourceKinds.Pod, "default", "web-1");
        Assert.NotNull(viewed);
        Assert.Equal(long.Parse(created.Metadata.ResourceVersion!, CultureInfo.InvariantCulture), viewed.ResourceVersion);
        Assert.Equal(created.Metadata.Uid, viewed.Uid);
    }

    [Fact]
    public async Task Create_of_a_taken_name_answers_409_AlreadyExists()
    {
        await _plane.Client.CreateAsync(NewObjects.ConfigMap("settings"), WriteOptions.Default, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StatusException>(
            () => _plane.Client.CreateAsync(NewObjects.ConfigMap("settings", value: "other"), WriteOptions.Default, CancellationToken.None));

        Assert.Equal(409, refused.Code);
        Assert.Equal("AlreadyExists", refused.Reason);
        Assert.Equal("configmaps \"settings\" already exists", refused.Message);
    }

    [Fact]
    public async Task Create_with_generateName_appends_five_characters_of_the_kubernetes_alphabet()
    {
        var requested = NewObjects.Pod("ignored") with { Metadata = new ObjectMeta { GenerateName = "web-", Namespace = "default" } };

        var first = await _plane.Client.CreateAsync(requested, WriteOptions.Default, CancellationToken.None);
        var second = await _plane.Client.CreateAsync(requested, WriteOptions.Default, CancellationToken.None);

        foreach (var name in new[] { first.Metadata.Name!, second.Metadata.Name! })
        {
            Assert.Matches("^web-[bcdfghjklmnpqrstvwxz2456789]{5}$", name);
            Assert.Equal("web-", first.Metadata.GenerateName);
        }
        Assert.NotEqual(first.Metadata.Name, second.Metadata.Name);
    }

    [Fact]
    public async Task Create_of_an_invalid_object_answers_422_naming_the_field()
    {
        var invalid = NewObjects.Pod("bad") with { Spec = new PodSpec { Containers = [new Container { Name = "main" }] } };

        var refused = await Assert.ThrowsAsync<StatusException>(
            () => _plane.Client.CreateAsync(invalid, WriteOptions.Default, CancellationToken.None));

        Assert.Equal(422, refused.Code);
        Assert.Equal("Invalid", refused.Reason);
        Assert.Contains(refused.Status.Details!.Causes!, cause => cause.Field == "spec.containers[0].image");
        Assert.Null(_plane.View.Get(ResourceKinds.Pod, "default", "bad"));
    }

    [Fact]
    public async Task Create_without_name_or_generateName_answers_422()
    {
        var nameless = NewObjects.ConfigMap("x") with { Metadata = new ObjectMeta { Namespace = "default" } };

        var refused = await Assert.ThrowsAsync<StatusException>(
            () => _plane.Client.CreateAsync(nameless, WriteOptions.Default, CancellationToken.None));

        Assert.Equal(422, refused.Code);
        Assert.Contains("metadata.name: Required value: name or generateName is required", refused.Message);
    }

    [Fact]
    public async Task Create_in_a_namespace_that_does_not_exist_answers_404_for_the_namespace()
    {
        var refused = await Assert.ThrowsAsync<StatusException>(
            () => _plane.Client.CreateAsync(NewObjects.Pod("web", ns: "nowhere"), WriteOptions.Default, CancellationToken.None));

        Assert.Equal(404, refused.Code);
        Assert.Equal("namespaces \"nowhere\" not found", refused.Message);
    }

    [Fact]
    public async Task Create_in_a_namespace_created_a_moment_ago_succeeds_even_before_the_view_shows_it()
    {
        await _plane.Client.CreateAsync(NewObjects.Namespace("fresh"), WriteOptions.Default, CancellationToken.None);

        var created = await _plane.Client.CreateAsync(NewObjects.Pod("web", ns: "fresh"), WriteOptions.Default, CancellationToken.None);

        Assert.Equal("fresh", created.Metadata.Namespace);
    }

    [Fact]
    public async Task Create_in_a_terminating_namespace_answers_403_as_kubernetes_does()
    {
        await _plane.Client.CreateAsync(NewObjects.Namespace("leaving"), WriteOptions.Default, CancellationToken.None);
        await _plane.Client.CreateAsync(NewObjects.ConfigMap("keep", ns: "leaving"), WriteOptions.Default, CancellationToken.None);
        var deleting = await _plane.Client.DeleteAsync(new ResourceKey(ResourceKinds.Namespace, null, "leaving"), DeleteOptions.Default, CancellationToken.None);
        Assert.False(deleting.Deleted);
        Assert.Equal("Terminating", ((Namespace)deleting.Object).Status?.Phase);

        var refused = await Assert.ThrowsAsync<StatusException>(
            () => _plane.Client.CreateAsync(NewObjects.Pod("late", ns: "leaving"), WriteOptions.Default, CancellationToken.None));

        Assert.Equal(403, refused.Code);
        Assert.Equal("Forbidden", refused.Reason);
        Assert.Equal("pods \"late\" is forbidden: unable to create new content in namespace leaving because it is being terminated", refused.Message);
    }

    [Fact]
    public async Task Dry_run_create_answers_the_object_and_stores_nothing()
    {
        var answered = await _plane.Client.CreateAsync(NewObjects.ConfigMap("draft"), new WriteOptions { DryRun = true }, CancellationToken.None);

        Assert.Equal("draft", answered.Metadata.Name);
        Assert.NotNull(answered.Metadata.Uid);
        Assert.Null(await _plane.Client.GetAsync(new ResourceKey(ResourceKinds.ConfigMap, "default", "draft"), CancellationToken.None));
        var created = await _plane.Client.CreateAsync(NewObjects.ConfigMap("draft"), WriteOptions.Default, CancellationToken.None);
        Assert.NotEqual(answered.Metadata.Uid, created.Metadata.Uid);
    }

    [Fact]
    public async Task Default_namespaces_exist_and_ensuring_them_again_changes_nothing()
    {
        var before = _plane.Client.GetAsync(new ResourceKey(ResourceKinds.Namespace, null, "kube-system"), CancellationToken.None);
        var first = (await before)!;

        await ControlPlane.Entities.ResourceEntities.EnsureDefaultNamespacesAsync(_plane.Client, CancellationToken.None);

        foreach (var name in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
        {
            var ns = (Namespace?)await _plane.Client.GetAsync(new ResourceKey(ResourceKinds.Namespace, null, name), CancellationToken.None);
            Assert.Equal("Active", ns?.Status?.Phase);
        }
        var again = await _plane.Client.GetAsync(new ResourceKey(ResourceKinds.Namespace, null, "kube-system"), CancellationToken.None);
        Assert.Equal(first.Metadata.ResourceVersion, again!.Metadata.ResourceVersion);
    }
}
