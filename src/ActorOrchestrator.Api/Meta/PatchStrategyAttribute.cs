namespace ActorOrchestrator.Api.Meta;

/// <summary>
/// The strategic-merge-patch tags of a field, as Kubernetes declares them in its Go types
/// (<c>patchStrategy:"merge" patchMergeKey:"name"</c>). Lists without it are replaced whole.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class PatchStrategyAttribute(string strategy) : Attribute
{
    /// <summary>"merge", "retainKeys" or "merge,retainKeys".</summary>
    public string Strategy { get; } = strategy;

    /// <summary>The field that identifies a list element (<c>name</c>, <c>containerPort</c> ...); none for primitive sets.</summary>
    public string? MergeKey { get; init; }
}
