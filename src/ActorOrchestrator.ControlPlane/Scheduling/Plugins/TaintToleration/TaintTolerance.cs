using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.ControlPlane.Scheduling.Plugins.TaintToleration;

/// <summary>Kubernetes' rule for whether a pod's tolerations let it onto a tainted node.</summary>
internal static class TaintTolerance
{
    /// <summary>
    /// A toleration matches a taint when its effect is empty (all effects) or the taint's, its key is empty with
    /// operator Exists (all keys) or the taint's, and with operator Exists any value, with Equal (the default) the same value.
    /// </summary>
    public static bool Tolerates(Toleration toleration, Taint taint)
    {
        if (!string.IsNullOrEmpty(toleration.Effect) && toleration.Effect != taint.Effect)
        {
            return false;
        }
        if (!string.IsNullOrEmpty(toleration.Key) && toleration.Key != taint.Key)
        {
            return false;
        }
        return toleration.Operator switch
        {
            "Exists" => true,
            "Equal" or null or "" => (toleration.Value ?? "") == (taint.Value ?? ""),
            _ => false,
        };
    }

    public static bool AnyTolerates(IReadOnlyList<Toleration>? tolerations, Taint taint)
    {
        if (tolerations is null)
        {
            return false;
        }
        foreach (var toleration in tolerations)
        {
            if (Tolerates(toleration, taint))
            {
                return true;
            }
        }
        return false;
    }
}
