using System.Text.Json;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>
/// Lists the view's nodes and pods once (read into objects on every core, off the actor), then watches both kinds
/// from there and tells the scheduler every change, in order per kind. Runs beside the actor (never inside it);
/// stopped when the scheduler stops.
/// </summary>
internal sealed class SchedulerFeed(ResourceView view, IActorRef scheduler, ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public void Start() => _ = Task.Run(() => RunAsync(_stop.Token));

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var nodes = await view.ListAsync(new ListRequest(ResourceKinds.Node), cancellationToken).ConfigureAwait(false);
            var pods = await view.ListAsync(new ListRequest(ResourceKinds.Pod), cancellationToken).ConfigureAwait(false);
            scheduler.Tell(new ClusterListed(Read(nodes.Items, o => o.ToObject<Node>()), Read(pods.Items, ReadPod)), ActorRefs.NoSender);
            await Task.WhenAll(
                WatchAsync(ResourceKinds.Node, nodes.ResourceVersion, o => new NodeChanged(o), o => new NodeRemoved(o.Name), cancellationToken),
                WatchAsync(ResourceKinds.Pod, pods.ResourceVersion, o => new PodChanged(o), o => new PodRemoved(o.Key), cancellationToken))
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            scheduler.Tell(new FeedFailed(e), ActorRefs.NoSender);
        }
    }

    /// <summary>The pod as the scheduler needs it; throws <see cref="JsonException"/> when its stored JSON is not a pod.</summary>
    public static PodInfo ReadPod(ViewObject resource) => PodInfo.From(resource.ToObject<Pod>(), resource.Key);

    private List<T> Read<T>(IReadOnlyList<ViewObject> listed, Func<ViewObject, T> decode)
        where T : class
    {
        var objects = new T?[listed.Count];
        Parallel.For(0, listed.Count, i =>
        {
            try
            {
                objects[i] = decode(listed[i]);
            }
            catch (JsonException e)
            {
                SchedulerLog.UnreadableObject(logger, listed[i].Key.ToString(), e.Message);
            }
        });
        return [.. objects.OfType<T>()];
    }

    private async Task WatchAsync(
        ResourceKind kind, long fromResourceVersion, Func<ViewObject, ISchedulerFeedMessage> changed,
        Func<ViewObject, ISchedulerFeedMessage> removed, CancellationToken cancellationToken)
    {
        var request = new WatchRequest(kind) { ResourceVersion = fromResourceVersion };
        await foreach (var change in view.Watch(request).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (change.Object is not { } resource)
            {
                continue;
            }
            var message = change.Type == WatchEventType.Deleted ? removed(resource) : changed(resource);
            scheduler.Tell(message, ActorRefs.NoSender);
        }
    }
}
