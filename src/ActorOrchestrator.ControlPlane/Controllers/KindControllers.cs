using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers.Deployments;
using ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

namespace ActorOrchestrator.ControlPlane.Controllers;

/// <summary>The controllers the resource entities run, one per kind that has one.</summary>
public static class KindControllers
{
    /// <summary>A fresh set of controllers (Deployment, ReplicaSet), for one member's entities to share.</summary>
    public static IReadOnlyList<IResourceController> All(TimeProvider? timeProvider = null) =>
        [new DeploymentController(timeProvider), new ReplicaSetController(timeProvider)];

    /// <summary>The <c>source.component</c> of the events a kind's controller records; null for a kind without one.</summary>
    public static string? EventComponent(ResourceKind kind) =>
        kind == ResourceKinds.Deployment ? DeploymentController.Component
        : kind == ResourceKinds.ReplicaSet ? ReplicaSetController.Component
        : null;
}
