using ActorOrchestrator.Api.Apps;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>Deployment condition types, reasons and Kubernetes' rules for setting them.</summary>
internal static class DeploymentConditions
{
    public const string Available = "Available";
    public const string Progressing = "Progressing";
    public const string ReplicaFailure = "ReplicaFailure";

    public const string MinimumReplicasAvailable = "MinimumReplicasAvailable";
    public const string MinimumReplicasUnavailable = "MinimumReplicasUnavailable";
    public const string NewReplicaSetCreated = "NewReplicaSetCreated";
    public const string FoundNewReplicaSet = "FoundNewReplicaSet";
    public const string ReplicaSetUpdated = "ReplicaSetUpdated";
    public const string NewReplicaSetAvailable = "NewReplicaSetAvailable";
    public const string ProgressDeadlineExceeded = "ProgressDeadlineExceeded";
    public const string ReplicaSetCreateError = "ReplicaSetCreateError";
    public const string DeploymentPaused = "DeploymentPaused";
    public const string DeploymentResumed = "DeploymentResumed";

    public static DeploymentCondition? Get(DeploymentStatus? status, string type) =>
        status?.Conditions?.FirstOrDefault(condition => condition.Type == type);

    public static DeploymentCondition New(string type, string status, string reason, string message, DateTimeOffset now) => new()
    {
        Type = type,
        Status = status,
        Reason = reason,
        Message = message,
        LastUpdateTime = now,
        LastTransitionTime = now,
    };

    /// <summary>
    /// Sets the condition unless one of its type with the same status and reason is there; keeps the old
    /// lastTransitionTime when only the reason changes (<c>SetDeploymentCondition</c>).
    /// </summary>
    public static DeploymentStatus Set(DeploymentStatus status, DeploymentCondition condition)
    {
        var current = Get(status, condition.Type!);
        if (current is not null && current.Status == condition.Status && current.Reason == condition.Reason)
        {
            return status;
        }

        if (current is not null && current.Status == condition.Status)
        {
            condition = condition with { LastTransitionTime = current.LastTransitionTime };
        }

        return status with { Conditions = [.. Without(status, condition.Type!), condition] };
    }

    public static DeploymentStatus Remove(DeploymentStatus status, string type)
    {
        var remaining = Without(status, type);
        return status with { Conditions = remaining.Count == 0 ? null : remaining };
    }

    private static List<DeploymentCondition> Without(DeploymentStatus status, string type) =>
        [.. (status.Conditions ?? []).Where(condition => condition.Type != type)];
}
