using System.Globalization;

namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>Kubernetes' FitError text: every filter reason with the number of nodes that gave it, sorted as strings.</summary>
internal static class FitFailure
{
    public const string NoNodes = "no nodes available to schedule pods";

    /// <summary><c>0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector.</c></summary>
    public static string Message(int nodeCount, IReadOnlyDictionary<string, int> nodesPerReason)
    {
        if (nodeCount == 0)
        {
            return NoNodes;
        }
        var reasons = nodesPerReason
            .Select(reason => string.Create(CultureInfo.InvariantCulture, $"{reason.Value} {reason.Key}"))
            .Order(StringComparer.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"0/{nodeCount} nodes are available: {string.Join(", ", reasons)}.");
    }
}
