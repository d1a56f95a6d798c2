using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>A preference among the nodes that passed every filter (Kubernetes' Score and NormalizeScore extension points).</summary>
internal interface IScorePlugin
{
    string Name { get; }

    /// <summary>The raw score of one feasible node.</summary>
    long Score(PodInfo pod, NodeInfo node);

    /// <summary>Brings the raw scores of all feasible nodes to 0-100, higher being better.</summary>
    void Normalize(PodInfo pod, Span<long> scores);
}
