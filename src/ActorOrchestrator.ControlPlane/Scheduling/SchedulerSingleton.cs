using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>How a member starts the scheduler: one per cluster, on the oldest control-plane member.</summary>
public static class SchedulerSingleton
{
    /// <summary>The actor name of the scheduler (under a cluster: of its singleton manager, the same on every member).</summary>
    public const string Name = "scheduler";

    /// <summary>The role a member needs to host the scheduler.</summary>
    public const string Role = "control-plane";

    /// <summary>
    /// Starts the scheduler on this member. With a cluster, under a <see cref="ClusterSingletonManager"/> (call it on
    /// every member with the control-plane role: it runs on the oldest one and moves when that one leaves); without one,
    /// as a plain actor. Each incarnation rebuilds its cache from <paramref name="view"/>, this member's projection of
    /// the journal, so nothing is handed over when it moves.
    /// </summary>
    /// <param name="singletonSettings">The <c>ao.cluster.singleton</c> settings; the role defaults to control-plane.</param>
    /// <returns>The singleton manager, or the scheduler itself when there is no cluster.</returns>
    public static IActorRef Start(
        ActorSystem system, Cluster? cluster, ClusterSingletonManagerSettings? singletonSettings, ResourceView view, IResourceClient client,
        IEventRecorder events, SchedulerSettings settings, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var scheduler = Scheduler.Props(settings, view, client, events, loggerFactory);
        if (cluster is null)
        {
            return system.ActorOf(scheduler, Name);
        }
        var managerSettings = singletonSettings ?? ClusterSingletonManagerSettings.Default;
        if (managerSettings.Role is null)
        {
            managerSettings = managerSettings with { Role = Role };
        }
        return system.ActorOf(ClusterSingletonManager.Props(cluster, scheduler, PoisonPill.Instance, managerSettings), Name);
    }
}
