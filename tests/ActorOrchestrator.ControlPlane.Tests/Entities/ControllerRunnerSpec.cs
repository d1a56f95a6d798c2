using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class ControllerRunnerSpec
{
    private static readonly ControlPlaneSettings Fast = ControlPlaneSettings.Default with
    {
        ControllerMinBackoff = TimeSpan.FromMilliseconds(20),
        ControllerMaxBackoff = TimeSpan.FromMilliseconds(100),
    };

    [Fact]
    public async Task The_controller_runs_after_create_and_after_each_change_seeing_the_stored_object()
    {
        var controller = new RecordingController(ResourceKinds.ConfigMap);
        await using var plane = await ControlPlaneHarness.StartAsync(Fast, [controller]);

        var created = (ConfigMap)await plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        await Eventually.TrueAsync(() => controller.Runs.Contains(("cm", created.Metadata.ResourceVersion!)), "a run sees the created object");
        var updated = await plane.Client.UpdateAsync(created with { Data = new Dictionary<string, string> { ["key"] = "2" } }, WriteOptions.Default, CancellationToken.None);

        await Eventually.TrueAsync(() => controller.Runs.Contains(("cm", updated.Metadata.ResourceVersion!)), "a run sees the updated object");
        Assert.Equal(1, controller.MostAtOnce);
    }

    [Fact]
    public async Task A_controller_writes_its_own_status_through_the_client_without_blocking_its_entity()
    {
        var controller = new RecordingController(ResourceKinds.Deployment, async (context, _) =>
        {
            var deployment = (Deployment)context.Object;
            if (deployment.Status?.ObservedGeneration != deployment.Metadata.Generation)
            {
                await context.Client.UpdateStatusAsync(
                    deployment with { Status = new DeploymentStatus { ObservedGeneration = deployment.Metadata.Generation } }, WriteOptions.Default, CancellationToken.None);
            }
            return ReconcileResult.Done;
        });
        await using var plane = await ControlPlaneHarness.StartAsync(Fast, [controller]);

        var created = await plane.Client.CreateAsync(NewObjects.Deployment("web"), WriteOptions.Default, CancellationToken.None);

        var key = ResourceKey.Of(created);
        await Eventually.TrueAsync(
            async () => ((Deployment?)await plane.Client.GetAsync(key, CancellationToken.None))?.Status?.ObservedGeneration == 1, "status.observedGeneration written by the controller");
    }

    [Fact]
    public async Task Pokes_during_a_run_coalesce_into_one_more_run_and_runs_never_overlap()
    {
        var firstRunMayEnd = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var controller = new RecordingController(ResourceKinds.ConfigMap, async (_, attempt) =>
        {
            if (attempt == 0)
            {
                await firstRunMayEnd.Task;
            }
            return ReconcileResult.Done;
        });
        await using var plane = await ControlPlaneHarness.StartAsync(Fast, [controller]);
        var created = (ConfigMap)await plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        await Eventually.TrueAsync(() => controller.RunsOf("cm") == 1, "the first run started");

        for (var i = 0; i < 10; i++)
        {
            plane.Client.Reconcile(ResourceKey.Of(created));
        }
        await plane.Client.GetAsync(ResourceKey.Of(created), CancellationToken.None);
        firstRunMayEnd.SetResult();
        await Eventually.TrueAsync(() => controller.RunsOf("cm") == 2, "one more run for the ten pokes");
        var marker = await plane.Client.UpdateAsync(created with { Data = new Dictionary<string, string> { ["key"] = "marker" } }, WriteOptions.Default, CancellationToken.None);
        await Eventually.TrueAsync(() => controller.Runs.Contains(("cm", marker.Metadata.ResourceVersion!)), "the run after the next change");

        Assert.Equal(2, controller.Runs.Count(run => run.ResourceVersion == created.Metadata.ResourceVersion));
        Assert.Equal(1, controller.MostAtOnce);
    }

    [Fact]
    public async Task A_throwing_controller_is_logged_and_retried_with_back_off_until_it_succeeds()
    {
        var controller = new RecordingController(ResourceKinds.ConfigMap, (_, attempt) =>
            attempt < 2 ? throw new InvalidOperationException($"boom {attempt}") : Task.FromResult(ReconcileResult.Done));
        await using var plane = await ControlPlaneHarness.StartAsync(Fast, [controller]);

        await plane.Client.CreateAsync(NewObjects.ConfigMap("flaky"), WriteOptions.Default, CancellationToken.None);

        await Eventually.TrueAsync(() => controller.RunsOf("flaky") == 3, "two failed runs and a successful retry");
        Assert.Contains(plane.Logs.Lines, line => line.Level == LogLevel.Warning && line.Message.Contains("configmap/default/flaky", StringComparison.Ordinal)
            && line.Message.Contains("boom 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequeueAfter_runs_the_controller_again_without_any_poke()
    {
        var controller = new RecordingController(ResourceKinds.ConfigMap, (_, attempt) =>
            Task.FromResult(attempt == 0 ? ReconcileResult.After(TimeSpan.FromMilliseconds(50)) : ReconcileResult.Done));
        await using var plane = await ControlPlaneHarness.StartAsync(Fast, [controller]);

        await plane.Client.CreateAsync(NewObjects.ConfigMap("later"), WriteOptions.Default, CancellationToken.None);

        await Eventually.TrueAsync(() => controller.RunsOf("later") == 2, "the requeued run");
    }

    [Fact]
    public async Task An_idle_entity_passivates_and_comes_back_with_its_object_on_the_next_message()
    {
        await using var plane = await ControlPlaneHarness.StartAsync(Fast with { PassivateIdleAfter = TimeSpan.FromMilliseconds(200) });
        var created = await plane.Client.CreateAsync(NewObjects.ConfigMap("sleepy"), WriteOptions.Default, CancellationToken.None);
        var key = ResourceKey.Of(created);
        var shard = HashCodeMessageExtractor.ShardIdOf(key.PersistenceId, ShardingSettings.Default.NumberOfShards);
        var path = ActorPath.Root(plane.System.Name) / "system" / "sharding-resource" / shard / "configmap~2Fdefault~2Fsleepy";
        Assert.NotNull(plane.System.ResolveLocal(path));

        await Eventually.TrueAsync(() => plane.System.ResolveLocal(path) is null, "the idle entity stopped");

        var recovered = await plane.Client.GetAsync(key, CancellationToken.None);
        Assert.Equal(created.Metadata.ResourceVersion, recovered?.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task After_a_restart_the_trigger_wakes_entities_whose_status_lags_their_spec()
    {
        var directory = Directory.CreateTempSubdirectory("ao-entities-wake-").FullName;
        try
        {
            await using (var first = await ControlPlaneHarness.StartAsync(Fast, directory: directory))
            {
                await first.Client.CreateAsync(NewObjects.Deployment("lagging"), WriteOptions.Default, CancellationToken.None);
            }
            var controller = new RecordingController(ResourceKinds.Deployment);

            await using var second = await ControlPlaneHarness.StartAsync(Fast, [controller], directory: directory);

            await Eventually.TrueAsync(() => controller.RunsOf("lagging") >= 1, "the lagging deployment's entity was woken");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
