using System.Net;
using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static class NodeValidation
{
    private static readonly string[] TaintEffects = ["NoExecute", "NoSchedule", "PreferNoSchedule"];

    public static void Validate(Node node, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(node.Metadata, namespaced: false, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        var spec = FieldPath.Of("spec");
        ValidateTaints(node.Spec.Taints, spec.Child("taints"), errors);
        if (!string.IsNullOrEmpty(node.Spec.PodCIDR))
        {
            ValidateCidr(node.Spec.PodCIDR, spec.Child("podCIDR"), errors);
        }

        var cidrs = node.Spec.PodCIDRs ?? [];
        for (var index = 0; index < cidrs.Count; index++)
        {
            ValidateCidr(cidrs[index], spec.Child("podCIDRs").Index(index), errors);
        }

        if (cidrs.Count > 2)
        {
            errors.Add(FieldError.Invalid(spec.Child("podCIDRs"), cidrs, "may specify no more than one CIDR for each IP family"));
        }
    }

    private static void ValidateTaints(IReadOnlyList<Taint>? taints, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<(string?, string?)>();
        for (var index = 0; index < (taints?.Count ?? 0); index++)
        {
            var taint = taints![index];
            var at = path.Index(index);
            if (string.IsNullOrEmpty(taint.Key))
            {
                errors.Add(FieldError.Required(at.Child("key")));
            }
            else
            {
                Checks.Name(taint.Key, at.Child("key"), NameRules.QualifiedName, errors);
            }

            Checks.Name(taint.Value ?? "", at.Child("value"), NameRules.LabelValue, errors);
            if (string.IsNullOrEmpty(taint.Effect))
            {
                errors.Add(FieldError.Required(at.Child("effect")));
            }
            else
            {
                Checks.OneOf(taint.Effect, at.Child("effect"), TaintEffects, errors);
            }

            if (!seen.Add((taint.Key, taint.Effect)))
            {
                errors.Add(FieldError.Duplicate(at, $"{taint.Key}={taint.Value}:{taint.Effect}"));
            }
        }
    }

    private static void ValidateCidr(string cidr, FieldPath path, List<FieldError> errors)
    {
        if (!IPNetwork.TryParse(cidr, out _))
        {
            errors.Add(FieldError.Invalid(path, cidr, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
        }
    }
}
