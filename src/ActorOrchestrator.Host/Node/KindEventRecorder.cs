using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// The entities' one recorder, which writes each Event as the controller of the involved object's kind
/// (deployment-controller, replicaset-controller); other kinds record as the controller-manager.
/// </summary>
internal sealed class KindEventRecorder : IEventRecorder, IAsyncDisposable
{
    private const string FallbackComponent = "controller-manager";
    private readonly Dictionary<string, EventRecorder> _byComponent = new(StringComparer.Ordinal);

    public KindEventRecorder(IResourceClient client, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        foreach (var component in ResourceKinds.All.Select(KindControllers.EventComponent).OfType<string>().Append(FallbackComponent).Distinct())
        {
            _byComponent[component] = new EventRecorder(client, component, null, loggerFactory, timeProvider);
        }
    }

    public void Record(IKubernetesObject involved, string type, string reason, string message)
    {
        var component = ResourceKinds.All.FirstOrDefault(kind => kind.ClrType == involved.GetType()) is { } kind
            ? KindControllers.EventComponent(kind) ?? FallbackComponent
            : FallbackComponent;
        _byComponent[component].Record(involved, type, reason, message);
    }

    public async Task StopAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(_byComponent.Values.Select(recorder => recorder.StopAsync(cancellationToken))).ConfigureAwait(false);

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);
}
