using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers.Deployments;
using ActorOrchestrator.ControlPlane.Controllers.Shared;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class DeploymentControllerSpec : IAsyncLifetime
{
    private ControllerHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControllerHarness.StartAsync();

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task A_new_deployment_gets_a_hash_named_replica_set_with_its_pods_and_completes()
    {
        var deployment = await _plane.CreateAsync(ControllerObjects.Deployment(replicas: 3));
        var hash = PodTemplateHash.Compute(deployment.Spec.Template, null);

        await WaitForCompleteAsync(3);

        var rs = Assert.Single(_plane.ReplicaSets());
        Assert.Equal($"web-{hash}", rs.Metadata.Name);
        Assert.Equal(hash, rs.Spec.Template.Metadata.Labels!["pod-template-hash"]);
        Assert.Equal(hash, rs.Spec.Selector!.MatchLabels!["pod-template-hash"]);
        Assert.Equal("web", rs.Spec.Selector.MatchLabels["app"]);
        Assert.Equal(("1", "3", "4"), (rs.Metadata.Annotations!["deployment.kubernetes.io/revision"],
            rs.Metadata.Annotations["deployment.kubernetes.io/desired-replicas"], rs.Metadata.Annotations["deployment.kubernetes.io/max-replicas"]));
        Assert.True(ControllerRefs.IsControlledBy(rs.Metadata, deployment.Metadata.Uid));

        var pods = _plane.Pods();
        Assert.Equal(3, pods.Count);
        Assert.All(pods, pod =>
        {
            Assert.StartsWith($"web-{hash}-", pod.Metadata.Name);
            Assert.Equal(hash, pod.Metadata.Labels!["pod-template-hash"]);
            var owner = Assert.Single(pod.Metadata.OwnerReferences!);
            Assert.Equal(("apps/v1", "ReplicaSet", rs.Metadata.Name, rs.Metadata.Uid, true, true),
                (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller, owner.BlockOwnerDeletion));
        });

        var stored = _plane.Get<Deployment>(ResourceKinds.Deployment, "web")!;
        Assert.Equal("1", stored.Metadata.Annotations!["deployment.kubernetes.io/revision"]);
        Assert.Equal((3, 3, 3, 3, 0), (stored.Status!.Replicas, stored.Status.UpdatedReplicas, stored.Status.ReadyReplicas,
            stored.Status.AvailableReplicas, stored.Status.UnavailableReplicas ?? 0));
        var available = DeploymentConditions.Get(stored.Status, "Available")!;
        var progressing = DeploymentConditions.Get(stored.Status, "Progressing")!;
        Assert.Equal(("True", "MinimumReplicasAvailable"), (available.Status, available.Reason));
        Assert.Equal(("True", "NewReplicaSetAvailable", $"ReplicaSet \"web-{hash}\" has successfully progressed."),
            (progressing.Status, progressing.Reason, progressing.Message));

        await ControllerHarness.WaitForAsync(
            () => _plane.Events().Any(e => e.Reason == "ScalingReplicaSet") && _plane.Events().Count(e => e.Reason == "SuccessfulCreate") == 3,
            "ScalingReplicaSet and 3 SuccessfulCreate events");
        var scaling = _plane.Events().Single(e => e.Reason == "ScalingReplicaSet");
        Assert.Equal(($"Scaled up replica set web-{hash} from 0 to 3", "Deployment", "web", "deployment-controller", "Normal"),
            (scaling.Message, scaling.InvolvedObject.Kind, scaling.InvolvedObject.Name, scaling.Source!.Component, scaling.Type));
        Assert.All(_plane.Events().Where(e => e.Reason == "SuccessfulCreate"), e =>
        {
            Assert.Equal(("ReplicaSet", rs.Metadata.Name, "replicaset-controller"), (e.InvolvedObject.Kind, e.InvolvedObject.Name, e.Source!.Component));
            Assert.Matches($"^Created pod: web-{hash}-[bcdfghjklmnpqrstvwxz2456789]{{5}}$", e.Message);
        });
    }

    [Fact]
    public async Task Scaling_a_deployment_resizes_its_replica_set_up_and_down()
    {
        await _plane.CreateAsync(ControllerObjects.Deployment(replicas: 2));
        await WaitForCompleteAsync(2);

        await PatchDeploymentAsync(new JsonObject { ["spec"] = new JsonObject { ["replicas"] = 5 } });
        await WaitForCompleteAsync(5, generation: 2);
        await PatchDeploymentAsync(new JsonObject { ["spec"] = new JsonObject { ["replicas"] = 1 } });
        await WaitForCompleteAsync(1, generation: 3);

        var rs = Assert.Single(_plane.ReplicaSets());
        Assert.Equal("1", rs.Metadata.Annotations!["deployment.kubernetes.io/desired-replicas"]);
        await ControllerHarness.WaitForAsync(
            () => _plane.Events().Any(e => e.Message == $"Scaled down replica set {rs.Metadata.Name} from 5 to 1"), "the scale-down event");
        Assert.Contains(_plane.Events(), e => e.Message == $"Scaled up replica set {rs.Metadata.Name} from 2 to 5");
        await ControllerHarness.WaitForAsync(
            () => _plane.Events().Where(e => e.Reason == "SuccessfulDelete").Sum(e => e.Count ?? 1) == 4, "4 SuccessfulDelete events",
            () => string.Join(" | ", _plane.Events().Select(e => $"{e.Reason} {e.Message} x{e.Count}")));
    }

    [Fact]
    public async Task A_new_image_rolls_out_to_a_second_revision_and_undo_brings_the_first_replica_set_back_as_revision_three()
    {
        var deployment = await _plane.CreateAsync(ControllerObjects.Deployment(replicas: 3, maxSurge: 1, maxUnavailable: 0));
        await WaitForCompleteAsync(3);
        var first = Assert.Single(_plane.ReplicaSets());

        await PatchDeploymentAsync(new JsonObject
        {
            ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { ["kubernetes.io/change-cause"] = "image 1.28" } },
            ["spec"] = new JsonObject { ["template"] = new JsonObject { ["spec"] = new JsonObject { ["containers"] = new JsonArray(
                new JsonObject { ["name"] = "main", ["image"] = "nginx:1.28" }) } } },
        });
        await WaitForCompleteAsync(3, generation: 2);

        var second = _plane.ReplicaSets().Single(rs => rs.Metadata.Uid != first.Metadata.Uid);
        Assert.Equal(("2", "image 1.28"), (Revision(second), second.Metadata.Annotations!["kubernetes.io/change-cause"]));
        Assert.Equal(0, _plane.ReplicaSets().Single(rs => rs.Metadata.Uid == first.Metadata.Uid).Spec.Replicas);
        Assert.All(_plane.Pods(), pod => Assert.Equal("nginx:1.28", pod.Spec.Containers![0].Image));
        Assert.Equal("2", Revision(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")!));

        // kubectl rollout undo: the old replica set's template (without its hash label) copied into the deployment.
        var oldTemplate = ApiSerializer.ToJsonObject(PodTemplateHash.WithoutHashLabel(first.Spec.Template));
        await PatchDeploymentAsync(new JsonObject
        {
            ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { ["kubernetes.io/change-cause"] = "rolled back" } },
            ["spec"] = new JsonObject { ["template"] = oldTemplate },
        }, PatchType.MergePatch);
        await WaitForCompleteAsync(3, generation: 3);

        var replicaSets = _plane.ReplicaSets();
        Assert.Equal(2, replicaSets.Count);
        var back = replicaSets.Single(rs => rs.Metadata.Uid == first.Metadata.Uid);
        Assert.Equal(("3", "1", 3, "rolled back"), (Revision(back), back.Metadata.Annotations!["deployment.kubernetes.io/revision-history"],
            back.Spec.Replicas, back.Metadata.Annotations["kubernetes.io/change-cause"]));
        Assert.Equal(0, replicaSets.Single(rs => rs.Metadata.Uid == second.Metadata.Uid).Spec.Replicas);
        Assert.Equal("3", Revision(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")!));
        Assert.All(_plane.Pods(), pod => Assert.Equal("nginx:1.27", pod.Spec.Containers![0].Image));
        Assert.NotNull(deployment.Metadata.Uid);
    }

    [Fact]
    public async Task Recreate_removes_every_old_pod_before_the_new_replica_set_grows()
    {
        await _plane.CreateAsync(ControllerObjects.Deployment(replicas: 2, strategy: "Recreate"));
        await WaitForCompleteAsync(2);
        var first = Assert.Single(_plane.ReplicaSets());

        await SetImageAsync("nginx:1.28");
        await WaitForCompleteAsync(2, generation: 2);

        Assert.Equal(0, _plane.ReplicaSets().Single(rs => rs.Metadata.Uid == first.Metadata.Uid).Spec.Replicas);
        var scaling = _plane.Events().Where(e => e.Reason == "ScalingReplicaSet").OrderBy(e => e.FirstTimestamp).Select(e => e.Message).ToList();
        var down = scaling.FindIndex(message => message == $"Scaled down replica set {first.Metadata.Name} from 2 to 0");
        var up = scaling.FindIndex(message => message!.StartsWith("Scaled up replica set", StringComparison.Ordinal) && !message.Contains(first.Metadata.Name!, StringComparison.Ordinal));
        Assert.True(down >= 0 && up > down, string.Join(" | ", scaling));
    }

    [Fact]
    public async Task A_paused_deployment_does_not_roll_out_until_resumed()
    {
        await _plane.CreateAsync(ControllerObjects.Deployment(replicas: 2));
        await WaitForCompleteAsync(2);
        await PatchDeploymentAsync(new JsonObject { ["spec"] = new JsonObject { ["paused"] = true } });
        await ControllerHarness.WaitForAsync(
            () => DeploymentConditions.Get(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")?.Status, "Progressing")?.Reason == "DeploymentPaused",
            "Progressing DeploymentPaused");

        await SetImageAsync("nginx:1.28");
        await ControllerHarness.WaitForAsync(() => _plane.Get<Deployment>(ResourceKinds.Deployment, "web")?.Status?.ObservedGeneration == 3, "generation 3 observed");
        Assert.Single(_plane.ReplicaSets());

        await PatchDeploymentAsync(new JsonObject { ["spec"] = new JsonObject { ["paused"] = false } });
        await WaitForCompleteAsync(2, generation: 4);
        Assert.Equal(2, _plane.ReplicaSets().Count);
    }

    [Fact]
    public async Task Old_replica_sets_beyond_the_revision_history_limit_are_deleted()
    {
        var deployment = ControllerObjects.Deployment(replicas: 1);
        await _plane.CreateAsync(deployment with { Spec = deployment.Spec with { RevisionHistoryLimit = 1 } });
        await WaitForCompleteAsync(1);

        await SetImageAsync("nginx:1.28");
        await WaitForCompleteAsync(1, generation: 2);
        await SetImageAsync("nginx:1.29");
        await WaitForCompleteAsync(1, generation: 3);

        await ControllerHarness.WaitForAsync(() => _plane.ReplicaSets().Count == 2, "two replica sets left", () => ControllerHarness.Describe(_plane.ReplicaSets()));
        Assert.Equal(["2", "3"], _plane.ReplicaSets().Select(Revision).Order());
    }

    [Fact]
    public async Task A_rollout_whose_pods_never_become_ready_exceeds_its_progress_deadline()
    {
        _plane.PodsBecomeReady = false;
        var deployment = ControllerObjects.Deployment(replicas: 1);
        await _plane.CreateAsync(deployment with { Spec = deployment.Spec with { ProgressDeadlineSeconds = 2 } });

        await ControllerHarness.WaitForAsync(
            () => DeploymentConditions.Get(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")?.Status, "Progressing") is { Status: "False", Reason: "ProgressDeadlineExceeded" },
            "Progressing False ProgressDeadlineExceeded", () => ControllerHarness.Describe(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")));
        var available = DeploymentConditions.Get(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")!.Status, "Available")!;
        Assert.Equal(("False", "MinimumReplicasUnavailable"), (available.Status, available.Reason));
    }

    private Task SetImageAsync(string image) => PatchDeploymentAsync(new JsonObject
    {
        ["spec"] = new JsonObject { ["template"] = new JsonObject { ["spec"] = new JsonObject { ["containers"] = new JsonArray(
            new JsonObject { ["name"] = "main", ["image"] = image }) } } },
    });

    private async Task PatchDeploymentAsync(JsonObject patch, PatchType type = PatchType.StrategicMergePatch) =>
        await _plane.Client.PatchAsync(new ResourceKey(ResourceKinds.Deployment, "default", "web"), new PatchRequest(type, patch), WriteOptions.Default, CancellationToken.None);

    /// <summary>Waits until <c>kubectl rollout status</c> would say "successfully rolled out" with this many replicas.</summary>
    private Task WaitForCompleteAsync(int replicas, long generation = 1) => ControllerHarness.WaitForAsync(
        () => _plane.Get<Deployment>(ResourceKinds.Deployment, "web") is { } d && d.Metadata.Generation == generation &&
               d.Status?.ObservedGeneration >= generation && d.Status.UpdatedReplicas == replicas && d.Status.Replicas == replicas &&
               d.Status.AvailableReplicas == replicas && _plane.Pods().Count(pod => pod.Metadata.DeletionTimestamp is null) == replicas,
        $"deployment web complete with {replicas} replicas at generation {generation}",
        () => ControllerHarness.Describe(_plane.Get<Deployment>(ResourceKinds.Deployment, "web")) + " | " + ControllerHarness.Describe(_plane.ReplicaSets()) +
              $" | pods {_plane.Pods().Count}");

    private static string? Revision(Api.Meta.IKubernetesObject resource) => resource.Metadata.Annotations?.GetValueOrDefault("deployment.kubernetes.io/revision");
}
