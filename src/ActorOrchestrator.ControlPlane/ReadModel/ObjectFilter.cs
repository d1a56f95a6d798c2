using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>What a list or watch selects within a kind: a namespace (null: all), a label selector and a field selector.</summary>
internal sealed record ObjectFilter(string? Namespace, LabelMatcher Labels, FieldMatcher Fields)
{
    public bool SelectsEverything => Namespace is null && Labels.IsEverything && Fields.Requirements.Count == 0;

    public bool HasSelectors => !Labels.IsEverything || Fields.Requirements.Count > 0;

    public bool Matches(ViewObject candidate) =>
        (Namespace is null || candidate.Namespace == Namespace)
        && Labels.Matches(candidate.LabelMap)
        && Fields.Matches(candidate.FieldMap);

    public bool Contains(ObjectName name) => Namespace is null || name.Namespace == Namespace;
}
