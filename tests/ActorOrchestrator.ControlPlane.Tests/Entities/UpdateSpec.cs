using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class UpdateSpec : IAsyncLifetime
{
    private ControlPlaneHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControlPlaneHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task Update_with_a_stale_resourceVersion_answers_409_Conflict()
    {
        var created = (ConfigMap)await _plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        await _plane.Client.UpdateAsync(created with { Data = new Dictionary<string, string> { ["key"] = "second" } }, WriteOptions.Default, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.UpdateAsync(
            created with { Data = new Dictionary<string, string> { ["key"] = "third" } }, WriteOptions.Default, CancellationToken.None));

        Assert.Equal(409, refused.Code);
        Assert.Equal("Conflict", refused.Reason);
        Assert.Equal(
            "Operation cannot be fulfilled on configmaps \"cm\": the object has been modified; please apply your changes to the latest version and try again",
            refused.Message);
    }

    [Fact]
    public async Task Spec_change_increments_generation_while_a_label_change_keeps_it()
    {
        var created = (Deployment)await _plane.Client.CreateAsync(NewObjects.Deployment("web"), WriteOptions.Default, CancellationToken.None);

        var relabelled = (Deployment)await _plane.Client.UpdateAsync(
            created with { Metadata = created.Metadata with { Labels = new Dictionary<string, string> { ["tier"] = "front" } } },
            WriteOptions.Default, CancellationToken.None);
        var scaled = (Deployment)await _plane.Client.UpdateAsync(
            relabelled with { Spec = relabelled.Spec with { Replicas = 5 } }, WriteOptions.Default, CancellationToken.None);

        Assert.Equal(1, relabelled.Metadata.Generation);
        Assert.NotEqual(created.Metadata.ResourceVersion, relabelled.Metadata.ResourceVersion);
        Assert.Equal(2, scaled.Metadata.Generation);
        Assert.Equal(5, scaled.Spec.Replicas);
        Assert.Equal(created.Metadata.Uid, scaled.Metadata.Uid);
        Assert.Equal(created.Metadata.CreationTimestamp, scaled.Metadata.CreationTimestamp);
    }

    [Fact]
    public async Task Update_that_changes_nothing_stores_nothing_and_keeps_the_resourceVersion()
    {
        var created = await _plane.Client.CreateAsync(NewObjects.Deployment("same"), WriteOptions.Default, CancellationToken.None);
        await _plane.CaughtUpAsync(created);
        var position = _plane.View.ResourceVersion;

        var updated = await _plane.Client.UpdateAsync(created, WriteOptions.Default, CancellationToken.None);

        Assert.Equal(created.Metadata.ResourceVersion, updated.Metadata.ResourceVersion);
        await _plane.Client.CreateAsync(NewObjects.ConfigMap("marker"), WriteOptions.Default, CancellationToken.None);
        var events = 0;
        await foreach (var _ in _plane.Store.Queries.CurrentEventsByPersistenceId("deployment/default/same", 0, long.MaxValue, CancellationToken.None))
        {
            events++;
        }
        Assert.Equal(1, events);
        Assert.True(position > 0);
    }

    [Fact]
    public async Task Update_keeps_the_stored_status_and_UpdateStatus_changes_only_the_status()
    {
        var created = (Deployment)await _plane.Client.CreateAsync(NewObjects.Deployment("statusy"), WriteOptions.Default, CancellationToken.None);
        var withStatus = (Deployment)await _plane.Client.UpdateStatusAsync(
            created with
            {
                Spec = created.Spec with { Replicas = 9 },
                Status = new DeploymentStatus { ObservedGeneration = 1, Replicas = 2 },
            },
            WriteOptions.Default, CancellationToken.None);

        Assert.Equal(2, withStatus.Spec.Replicas);
        Assert.Equal(2, withStatus.Status?.Replicas);
        Assert.Equal(1, withStatus.Metadata.Generation);

        var updated = (Deployment)await _plane.Client.UpdateAsync(
            withStatus with { Spec = withStatus.Spec with { Replicas = 3 }, Status = null }, WriteOptions.Default, CancellationToken.None);

        Assert.Equal(2, updated.Status?.Replicas);
        Assert.Equal(3, updated.Spec.Replicas);
    }

    [Fact]
    public async Task Update_of_an_immutable_field_answers_422()
    {
        var created = (Deployment)await _plane.Client.CreateAsync(NewObjects.Deployment("fixed"), WriteOptions.Default, CancellationToken.None);
        var otherSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "other" } };
        var template = created.Spec.Template with { Metadata = new ObjectMeta { Labels = otherSelector.MatchLabels } };

        var refused = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.UpdateAsync(
            created with { Spec = created.Spec with { Selector = otherSelector, Template = template } }, WriteOptions.Default, CancellationToken.None));

        Assert.Equal(422, refused.Code);
        Assert.Contains(refused.Status.Details!.Causes!, cause => cause.Field == "spec.selector");
    }

    [Fact]
    public async Task Update_of_a_missing_object_answers_404()
    {
        var refused = await Assert.ThrowsAsync<StatusException>(() => _plane.Client.UpdateAsync(
            NewObjects.ConfigMap("ghost"), WriteOptions.Default, CancellationToken.None));

        Assert.Equal(404, refused.Code);
        Assert.Equal("configmaps \"ghost\" not found", refused.Message);
    }

    [Fact]
    public async Task A_member_restarted_on_the_same_journal_continues_with_the_stored_objects()
    {
        var directory = Directory.CreateTempSubdirectory("ao-entities-restart-").FullName;
        try
        {
            IKubernetesObject updated;
            await using (var first = await ControlPlaneHarness.StartAsync(directory: directory))
            {
                var created = (ConfigMap)await first.Client.CreateAsync(NewObjects.ConfigMap("durable"), WriteOptions.Default, CancellationToken.None);
                updated = await first.Client.UpdateAsync(
                    created with { Data = new Dictionary<string, string> { ["key"] = "2" } }, WriteOptions.Default, CancellationToken.None);
            }
            await using var second = await ControlPlaneHarness.StartAsync(directory: directory);

            var recovered = (ConfigMap?)await second.Client.GetAsync(ResourceKey.Of(updated), CancellationToken.None);
            var again = await second.Client.UpdateAsync(
                recovered! with { Data = new Dictionary<string, string> { ["key"] = "3" } }, WriteOptions.Default, CancellationToken.None);

            Assert.Equal(updated.Metadata.ResourceVersion, recovered?.Metadata.ResourceVersion);
            Assert.Equal("2", recovered?.Data?["key"]);
            Assert.Equal(updated.Metadata.Uid, again.Metadata.Uid);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
