using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>The arithmetic of rollouts, as Kubernetes' deployment utilities compute it.</summary>
internal static class RolloutMath
{
    private static readonly IntOrString DefaultQuarter = IntOrString.FromString("25%");

    public static int Desired(Deployment deployment) => deployment.Spec.Replicas ?? 1;

    public static bool IsRollingUpdate(Deployment deployment) => deployment.Spec.Strategy?.Type is null or "RollingUpdate";

    /// <summary>
    /// maxSurge and maxUnavailable as counts out of <paramref name="desired"/>: percentages of surge round up, of
    /// unavailability down; both 0 would block the rollout, so unavailability becomes 1 (<c>ResolveFenceposts</c>).
    /// </summary>
    public static (int Surge, int Unavailable) ResolveFenceposts(IntOrString? maxSurge, IntOrString? maxUnavailable, int desired)
    {
        var surge = (maxSurge ?? IntOrString.FromInt(0)).GetScaledValue(desired, roundUp: true);
        var unavailable = (maxUnavailable ?? IntOrString.FromInt(0)).GetScaledValue(desired, roundUp: false);
        return surge == 0 && unavailable == 0 ? (0, 1) : (surge, unavailable);
    }

    public static int MaxSurge(Deployment deployment)
    {
        if (!IsRollingUpdate(deployment))
        {
            return 0;
        }

        var rolling = deployment.Spec.Strategy?.RollingUpdate;
        return ResolveFenceposts(rolling?.MaxSurge ?? DefaultQuarter, rolling?.MaxUnavailable ?? DefaultQuarter, Desired(deployment)).Surge;
    }

    public static int MaxUnavailable(Deployment deployment)
    {
        var desired = Desired(deployment);
        if (!IsRollingUpdate(deployment) || desired == 0)
        {
            return 0;
        }

        var rolling = deployment.Spec.Strategy?.RollingUpdate;
        var unavailable = ResolveFenceposts(rolling?.MaxSurge ?? DefaultQuarter, rolling?.MaxUnavailable ?? DefaultQuarter, desired).Unavailable;
        return Math.Min(unavailable, desired);
    }

    public static int Replicas(ReplicaSet? replicaSet) => replicaSet?.Spec.Replicas ?? 0;

    public static int SpecReplicas(IEnumerable<ReplicaSet?> replicaSets) => replicaSets.Sum(Replicas);

    public static int ActualReplicas(IEnumerable<ReplicaSet?> replicaSets) => replicaSets.Sum(rs => rs?.Status?.Replicas ?? 0);

    public static int ReadyReplicas(IEnumerable<ReplicaSet?> replicaSets) => replicaSets.Sum(rs => rs?.Status?.ReadyReplicas ?? 0);

    public static int AvailableReplicas(IEnumerable<ReplicaSet?> replicaSets) => replicaSets.Sum(rs => rs?.Status?.AvailableReplicas ?? 0);

    /// <summary>How many replicas the new replica set should have now (<c>NewRSNewReplicas</c>).</summary>
    public static int NewReplicaSetReplicas(Deployment deployment, IEnumerable<ReplicaSet?> all, ReplicaSet newReplicaSet)
    {
        var desired = Desired(deployment);
        if (!IsRollingUpdate(deployment))
        {
            return desired;
        }

        var current = SpecReplicas(all);
        var maxTotal = desired + MaxSurge(deployment);
        if (current >= maxTotal)
        {
            return Replicas(newReplicaSet);
        }

        var scaleUp = Math.Min(maxTotal - current, desired - Replicas(newReplicaSet));
        return Replicas(newReplicaSet) + scaleUp;
    }

    /// <summary>The new replica set has all the deployment's replicas and all of them are available.</summary>
    public static bool IsSaturated(Deployment deployment, ReplicaSet? replicaSet)
    {
        if (replicaSet is null)
        {
            return false;
        }

        var desired = Desired(deployment);
        return Replicas(replicaSet) == desired &&
               DeploymentAnnotations.IntAnnotation(replicaSet, DeploymentAnnotations.DesiredReplicas) == desired &&
               (replicaSet.Status?.AvailableReplicas ?? 0) == desired;
    }

    /// <summary>
    /// How many replicas a replica set gains (or loses) when a deployment in the middle of a rollout is scaled:
    /// its share of the change in proportion to its size (<c>GetProportion</c>).
    /// </summary>
    public static int Proportion(ReplicaSet replicaSet, Deployment deployment, int toAdd, int added)
    {
        if (Replicas(replicaSet) == 0 || toAdd == 0 || toAdd == added)
        {
            return 0;
        }

        var fraction = Fraction(replicaSet, deployment);
        var allowed = toAdd - added;
        return toAdd > 0 ? Math.Min(fraction, allowed) : Math.Max(fraction, allowed);
    }

    private static int Fraction(ReplicaSet replicaSet, Deployment deployment)
    {
        if (Desired(deployment) == 0)
        {
            return -Replicas(replicaSet);
        }

        var maxNow = Desired(deployment) + MaxSurge(deployment);
        var maxBefore = DeploymentAnnotations.IntAnnotation(replicaSet, DeploymentAnnotations.MaxReplicas) is { } annotated and not 0
            ? annotated
            : deployment.Status?.Replicas ?? 0;
        if (maxBefore == 0)
        {
            return 0;
        }

        var size = (double)Replicas(replicaSet) * maxNow / maxBefore;
        return (int)Math.Round(size, MidpointRounding.AwayFromZero) - Replicas(replicaSet);
    }
}
