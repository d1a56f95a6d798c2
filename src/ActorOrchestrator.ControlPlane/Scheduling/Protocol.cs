using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling;

/// <summary>What the read model tells the scheduler (through its <see cref="SchedulerFeed"/>).</summary>
internal interface ISchedulerFeedMessage;

/// <summary>Timers and self-prompts of the scheduler.</summary>
internal interface ISchedulerTick;

/// <summary>Answers to the scheduler's own writes.</summary>
internal interface ISchedulerWriteResult;

/// <summary>Every node and pod in the view when the scheduler (re)started, already read: its cache is built from these.</summary>
internal sealed record ClusterListed(IReadOnlyList<Node> Nodes, IReadOnlyList<PodInfo> Pods) : ISchedulerFeedMessage;

internal sealed record NodeChanged(ViewObject Node) : ISchedulerFeedMessage;

internal sealed record NodeRemoved(string Name) : ISchedulerFeedMessage;

internal sealed record PodChanged(ViewObject Pod) : ISchedulerFeedMessage;

internal sealed record PodRemoved(ResourceKey Key) : ISchedulerFeedMessage;

/// <summary>A watch of the view failed (e.g. fell behind its window); the scheduler restarts and lists again.</summary>
internal sealed record FeedFailed(Exception Cause) : ISchedulerFeedMessage;

/// <summary>Place the active pods (sent to itself, so watch events already queued are taken in first).</summary>
internal sealed record PlacePending : ISchedulerTick
{
    public static readonly PlacePending Instance = new();
}

/// <summary>The unschedulable pods are due another attempt.</summary>
internal sealed record RetryUnschedulable : ISchedulerTick
{
    public static readonly RetryUnschedulable Instance = new();
}

/// <summary>Pods whose binding failed are due another attempt.</summary>
internal sealed record RetryBackoff : ISchedulerTick
{
    public static readonly RetryBackoff Instance = new();
}

/// <summary>Forget assumptions whose bindings never showed in the view.</summary>
internal sealed record ExpireAssumptions : ISchedulerTick
{
    public static readonly ExpireAssumptions Instance = new();
}

internal sealed record BindSucceeded(PodInfo Pod, string NodeName) : ISchedulerWriteResult;

internal sealed record BindFailed(PodInfo Pod, string NodeName, Exception Cause) : ISchedulerWriteResult;

internal sealed record StatusWriteFailed(ResourceKey Pod, Exception Cause) : ISchedulerWriteResult;
