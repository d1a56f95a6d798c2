using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.Controllers.Shared;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class OwnershipClaimSpec
{
    private static readonly LabelMatcher AppWeb = LabelMatcher.Parse("app=web");

    [Fact]
    public void Matching_orphans_are_adopted_and_own_pods_that_stopped_matching_are_released()
    {
        var owner = ControllerObjects.ReplicaSet("web-abc", 3);
        var mine = ControllerObjects.Pod("mine", owners: [ControllerRefs.For(owner)]);
        var relabelled = ControllerObjects.Pod("relabelled", labels: new Dictionary<string, string> { ["app"] = "debug" }, owners: [ControllerRefs.For(owner)]);
        var orphan = ControllerObjects.Pod("orphan");
        var stranger = ControllerObjects.Pod("stranger", labels: new Dictionary<string, string> { ["app"] = "db" });
        var someoneElses = ControllerObjects.Pod("someone-elses", owners: [ControllerRefs.For(ControllerObjects.ReplicaSet("other", 1))]);

        var claim = OwnershipClaim<Pod>.Of(owner, AppWeb, [mine, relabelled, orphan, stranger, someoneElses]);

        Assert.Equal(["mine"], Names(claim.Owned));
        Assert.Equal(["orphan"], Names(claim.Adopt));
        Assert.Equal(["relabelled"], Names(claim.Release));
        Assert.Equal(["mine", "orphan"], Names(claim.OwnedAfterAdoption));
    }

    [Fact]
    public void Nothing_is_adopted_or_released_by_an_owner_being_deleted_nor_is_a_terminating_orphan_adopted()
    {
        var owner = ControllerObjects.ReplicaSet("web-abc", 3);
        var deleting = owner with { Metadata = owner.Metadata with { DeletionTimestamp = ControllerObjects.Epoch } };
        var orphan = ControllerObjects.Pod("orphan");
        var terminatingOrphan = ControllerObjects.Pod("terminating") with
        {
            Metadata = orphan.Metadata with { Name = "terminating", Uid = "t", DeletionTimestamp = ControllerObjects.Epoch },
        };
        var relabelled = ControllerObjects.Pod("relabelled", labels: new Dictionary<string, string> { ["app"] = "debug" }, owners: [ControllerRefs.For(owner)]);

        var byDeletingOwner = OwnershipClaim<Pod>.Of(deleting, AppWeb, [orphan, relabelled]);
        var byLiveOwner = OwnershipClaim<Pod>.Of(owner, AppWeb, [terminatingOrphan]);

        Assert.Empty(byDeletingOwner.Adopt);
        Assert.Empty(byDeletingOwner.Release);
        Assert.Empty(byLiveOwner.Adopt);
    }

    [Fact]
    public void The_controller_reference_names_the_owner_kind_and_blocks_its_deletion()
    {
        var owner = ControllerObjects.ReplicaSet("web-abc", 3);

        var reference = ControllerRefs.For(owner);

        Assert.Equal(new OwnerReference
        {
            ApiVersion = "apps/v1",
            Kind = "ReplicaSet",
            Name = "web-abc",
            Uid = owner.Metadata.Uid,
            Controller = true,
            BlockOwnerDeletion = true,
        }, reference);
    }

    private static IEnumerable<string?> Names(IEnumerable<Pod> pods) => pods.Select(pod => pod.Metadata.Name);
}
