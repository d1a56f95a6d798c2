using System.Globalization;
using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static partial class PodSpecValidation
{
    private static readonly string[] TaintEffects = ["NoExecute", "NoSchedule", "PreferNoSchedule"];
    private static readonly string[] TolerationOperators = ["Equal", "Exists"];
    private static readonly string[] NodeSelectorOperators = ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"];
    private static readonly string[] UnsatisfiableActions = ["DoNotSchedule", "ScheduleAnyway"];
    private static readonly string[] InclusionPolicies = ["Honor", "Ignore"];

    private static void ValidateTolerations(IReadOnlyList<Toleration>? tolerations, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (tolerations?.Count ?? 0); index++)
        {
            var toleration = tolerations![index];
            var at = path.Index(index);
            if (!string.IsNullOrEmpty(toleration.Key))
            {
                Checks.Name(toleration.Key, at.Child("key"), NameRules.QualifiedName, errors);
            }
            else if (toleration.Operator != "Exists")
            {
                errors.Add(FieldError.Invalid(at.Child("operator"), toleration.Operator ?? "",
                    "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }

            if (toleration.TolerationSeconds is not null && toleration.Effect != "NoExecute")
            {
                errors.Add(FieldError.Invalid(at.Child("effect"), toleration.Effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            }

            switch (toleration.Operator)
            {
                case null or "" or "Equal":
                    Checks.Name(toleration.Value ?? "", at.Child("value"), NameRules.LabelValue, errors);
                    break;
                case "Exists":
                    if (!string.IsNullOrEmpty(toleration.Value))
                    {
                        errors.Add(FieldError.Invalid(at.Child("operator"), toleration.Value, "value must be empty when `operator` is 'Exists'"));
                    }

                    break;
                default:
                    errors.Add(FieldError.NotSupported(at.Child("operator"), toleration.Operator, TolerationOperators));
                    break;
            }

            if (!string.IsNullOrEmpty(toleration.Effect))
            {
                Checks.OneOf(toleration.Effect, at.Child("effect"), TaintEffects, errors);
            }
        }
    }

    private static void ValidateAffinity(Affinity? affinity, FieldPath path, List<FieldError> errors)
    {
        if (affinity?.NodeAffinity is { } node)
        {
            var at = path.Child("nodeAffinity");
            if (node.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
            {
                var terms = required.NodeSelectorTerms ?? [];
                var termsPath = at.Child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
                if (terms.Count == 0)
                {
                    errors.Add(FieldError.Required(termsPath, "must have at least one node selector term"));
                }

                for (var index = 0; index < terms.Count; index++)
                {
                    ValidateNodeSelectorTerm(terms[index], termsPath.Index(index), errors);
                }
            }

            var preferred = node.PreferredDuringSchedulingIgnoredDuringExecution ?? [];
            for (var index = 0; index < preferred.Count; index++)
            {
                var at2 = at.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(index);
                ValidateWeight(preferred[index].Weight, at2.Child("weight"), errors);
                ValidateNodeSelectorTerm(preferred[index].Preference, at2.Child("preference"), errors);
            }
        }

        ValidatePodAffinityTerms(affinity?.PodAffinity?.RequiredDuringSchedulingIgnoredDuringExecution, affinity?.PodAffinity?.PreferredDuringSchedulingIgnoredDuringExecution, path.Child("podAffinity"), errors);
        ValidatePodAffinityTerms(affinity?.PodAntiAffinity?.RequiredDuringSchedulingIgnoredDuringExecution, affinity?.PodAntiAffinity?.PreferredDuringSchedulingIgnoredDuringExecution, path.Child("podAntiAffinity"), errors);
    }

    private static void ValidateNodeSelectorTerm(NodeSelectorTerm term, FieldPath path, List<FieldError> errors)
    {
        foreach (var (name, requirements) in new[] { ("matchExpressions", term.MatchExpressions), ("matchFields", term.MatchFields) })
        {
            for (var index = 0; index < (requirements?.Count ?? 0); index++)
            {
                var requirement = requirements![index];
                var at = path.Child(name).Index(index);
                var values = requirement.Values ?? [];
                switch (requirement.Operator)
                {
                    case "In" or "NotIn" when values.Count == 0:
                        errors.Add(FieldError.Required(at.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                        break;
                    case "Exists" or "DoesNotExist" when values.Count > 0:
                        errors.Add(FieldError.Forbidden(at.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                        break;
                    case "Gt" or "Lt" when values.Count != 1 || !long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                        errors.Add(FieldError.Required(at.Child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                        break;
                    default:
                        Checks.OneOf(requirement.Operator ?? "", at.Child("operator"), NodeSelectorOperators, errors);
                        break;
                }

                if (name == "matchExpressions")
                {
                    Checks.Name(requirement.Key ?? "", at.Child("key"), NameRules.QualifiedName, errors);
                }
                else if (requirement.Key != "metadata.name")
                {
                    errors.Add(FieldError.Invalid(at.Child("key"), requirement.Key ?? "", "not a valid field selector key"));
                }
            }
        }
    }

    private static void ValidatePodAffinityTerms(IReadOnlyList<PodAffinityTerm>? required, IReadOnlyList<WeightedPodAffinityTerm>? preferred, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (required?.Count ?? 0); index++)
        {
            ValidatePodAffinityTerm(required![index], path.Child("requiredDuringSchedulingIgnoredDuringExecution").Index(index), errors);
        }

        for (var index = 0; index < (preferred?.Count ?? 0); index++)
        {
            var at = path.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(index);
            ValidateWeight(preferred![index].Weight, at.Child("weight"), errors);
            ValidatePodAffinityTerm(preferred[index].PodAffinityTerm, at.Child("podAffinityTerm"), errors);
        }
    }

    private static void ValidatePodAffinityTerm(PodAffinityTerm term, FieldPath path, List<FieldError> errors)
    {
        LabelSelectorValidation.Validate(term.LabelSelector, path.Child("labelSelector"), errors);
        LabelSelectorValidation.Validate(term.NamespaceSelector, path.Child("namespaceSelector"), errors);
        foreach (var name in term.Namespaces ?? [])
        {
            Checks.Name(name, path.Child("namespace"), NameRules.Dns1123Label, errors);
        }

        if (string.IsNullOrEmpty(term.TopologyKey))
        {
            errors.Add(FieldError.Required(path.Child("topologyKey"), "can not be empty"));
        }
        else
        {
            Checks.Name(term.TopologyKey, path.Child("topologyKey"), NameRules.QualifiedName, errors);
        }
    }

    private static void ValidateWeight(int? weight, FieldPath path, List<FieldError> errors)
    {
        if (weight is not (>= 1 and <= 100))
        {
            errors.Add(FieldError.Invalid(path, weight ?? 0, "must be in the range 1-100"));
        }
    }

    private static void ValidateTopologySpreadConstraints(IReadOnlyList<TopologySpreadConstraint>? constraints, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<(string?, string?)>();
        for (var index = 0; index < (constraints?.Count ?? 0); index++)
        {
            var constraint = constraints![index];
            var at = path.Index(index);
            if (constraint.MaxSkew is not > 0)
            {
                errors.Add(FieldError.Invalid(at.Child("maxSkew"), constraint.MaxSkew ?? 0, "must be greater than zero"));
            }

            if (string.IsNullOrEmpty(constraint.TopologyKey))
            {
                errors.Add(FieldError.Required(at.Child("topologyKey"), "can not be empty"));
            }

            if (string.IsNullOrEmpty(constraint.WhenUnsatisfiable))
            {
                errors.Add(FieldError.Required(at.Child("whenUnsatisfiable")));
            }
            else
            {
                Checks.OneOf(constraint.WhenUnsatisfiable, at.Child("whenUnsatisfiable"), UnsatisfiableActions, errors);
            }

            if (constraint.MinDomains is { } minDomains)
            {
                if (minDomains <= 0)
                {
                    errors.Add(FieldError.Invalid(at.Child("minDomains"), minDomains, "must be greater than 0"));
                }
                else if (constraint.WhenUnsatisfiable != "DoNotSchedule")
                {
                    errors.Add(FieldError.Invalid(at.Child("minDomains"), minDomains, "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway"));
                }
            }

            Checks.OneOf(constraint.NodeAffinityPolicy, at.Child("nodeAffinityPolicy"), InclusionPolicies, errors);
            Checks.OneOf(constraint.NodeTaintsPolicy, at.Child("nodeTaintsPolicy"), InclusionPolicies, errors);
            LabelSelectorValidation.Validate(constraint.LabelSelector, at.Child("labelSelector"), errors);
            if (!seen.Add((constraint.TopologyKey, constraint.WhenUnsatisfiable)))
            {
                errors.Add(FieldError.Duplicate(at, $"{{{constraint.TopologyKey}, {constraint.WhenUnsatisfiable}}}"));
            }
        }
    }
}
