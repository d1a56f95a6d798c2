using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Controllers;

/// <summary>
/// What a controller run sees: its object as its entity last stored it (resourceVersion set), the member's read view,
/// the write side, the event recorder and the clock.
/// </summary>
public sealed record ReconcileContext(
    IKubernetesObject Object,
    ResourceView View,
    IResourceClient Client,
    IEventRecorder Events,
    TimeProvider Time,
    ILogger Log);
