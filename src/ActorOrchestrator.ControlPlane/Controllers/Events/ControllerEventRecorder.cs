using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>
/// The one recorder the resource entities share: each event goes out under the component of the controller that
/// records about its kind (<c>deployment-controller</c> for Deployments, <c>replicaset-controller</c> for ReplicaSets,
/// <c>kube-controller-manager</c> for anything else), each component with its own <see cref="EventRecorder"/>.
/// </summary>
public sealed class ControllerEventRecorder : IEventRecorder, IAsyncDisposable
{
    /// <summary>The component of events about kinds no controller of this project owns.</summary>
    public const string FallbackComponent = "kube-controller-manager";

    private readonly EventRecorder _deployments;
    private readonly EventRecorder _replicaSets;
    private readonly EventRecorder _others;

    public ControllerEventRecorder(
        IResourceClient client, ILoggerFactory loggerFactory, TimeProvider? timeProvider = null, EventRecorderSettings? settings = null)
    {
        _deployments = new EventRecorder(client, KindControllers.EventComponent(ResourceKinds.Deployment)!, null, loggerFactory, timeProvider, settings);
        _replicaSets = new EventRecorder(client, KindControllers.EventComponent(ResourceKinds.ReplicaSet)!, null, loggerFactory, timeProvider, settings);
        _others = new EventRecorder(client, FallbackComponent, null, loggerFactory, timeProvider, settings);
    }

    public void Record(IKubernetesObject involved, string type, string reason, string message)
    {
        var recorder = involved.Kind switch
        {
            "Deployment" => _deployments,
            "ReplicaSet" => _replicaSets,
            _ => _others,
        };
        recorder.Record(involved, type, reason, message);
    }

    /// <summary>Writes what every component has queued (each within its flush timeout) and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_deployments.DisposeAsync().AsTask(), _replicaSets.DisposeAsync().AsTask(), _others.DisposeAsync().AsTask())
            .ConfigureAwait(false);
    }
}
