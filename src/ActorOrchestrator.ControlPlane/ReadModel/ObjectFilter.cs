using ActorOrchestrator.Api.Selectors;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>What a list or watch selects within a kind: a namespace (null: all), a label selector and a field selector.</summary>
internal sealed class ObjectFilter(string? @namespace, LabelMatcher labels, FieldMatcher fields)
{
    private readonly IReadOnlyList<LabelRequirement> _labelRequirements = labels.Requirements;
    private readonly IReadOnlyList<FieldRequirement> _fieldRequirements = fields.Requirements;
    private readonly bool _selectsNoLabels = ReferenceEquals(labels, LabelMatcher.Nothing);

    public string? Namespace { get; } = @namespace;

    public LabelMatcher Labels { get; } = labels;

    public FieldMatcher Fields { get; } = fields;

    public bool HasSelectors => !Labels.IsEverything || _fieldRequirements.Count > 0;

    /// <summary>Whether the object is selected; runs once per object of a scanned list, so it loops by index and allocates nothing.</summary>
    public bool Matches(ViewObject candidate)
    {
        if ((Namespace is not null && candidate.Namespace != Namespace) || _selectsNoLabels)
        {
            return false;
        }
        for (var i = 0; i < _labelRequirements.Count; i++)
        {
            if (!_labelRequirements[i].Matches(candidate.LabelMap))
            {
                return false;
            }
        }
        for (var i = 0; i < _fieldRequirements.Count; i++)
        {
            if (!_fieldRequirements[i].Matches(candidate.FieldMap))
            {
                return false;
            }
        }
        return true;
    }

    public bool Contains(ObjectName name) => Namespace is null || name.Namespace == Namespace;
}
