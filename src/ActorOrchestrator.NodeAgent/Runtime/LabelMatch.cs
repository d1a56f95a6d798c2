namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>Equality-based label selection as filters use it.</summary>
internal static class LabelMatch
{
    /// <summary>Whether every selector entry is among the labels with the same value.</summary>
    public static bool All(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in selector)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        return true;
    }
}
