using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

/// <summary>Kubernetes' PodSpec validation (<c>ValidatePodSpec</c>), for pods and for pod templates.</summary>
internal static partial class PodSpecValidation
{
    private static readonly string[] RestartPolicies = ["Always", "Never", "OnFailure"];
    private static readonly string[] DnsPolicies = ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"];
    private static readonly string[] PreemptionPolicies = ["Never", "PreemptLowerPriority"];
    private static readonly string[] OperatingSystems = ["linux", "windows"];

    public static void Validate(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        var volumeNames = ValidateVolumes(spec.Volumes, path.Child("volumes"), errors);
        var containerNames = new HashSet<string>(StringComparer.Ordinal);
        if (spec.Containers is not { Count: > 0 })
        {
            errors.Add(FieldError.Required(path.Child("containers")));
        }

        ValidateContainers(spec.InitContainers, path.Child("initContainers"), ContainerRole.Init, spec, volumeNames, containerNames, errors);
        ValidateContainers(spec.Containers, path.Child("containers"), ContainerRole.Regular, spec, volumeNames, containerNames, errors);
        if (spec.EphemeralContainers is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(path.Child("ephemeralContainers"), "cannot be set on create"));
        }

        Checks.OneOf(spec.RestartPolicy, path.Child("restartPolicy"), RestartPolicies, errors);
        Checks.OneOf(spec.DnsPolicy, path.Child("dnsPolicy"), DnsPolicies, errors);
        ValidateDnsConfig(spec, path, errors);
        Checks.NonNegative(spec.TerminationGracePeriodSeconds, path.Child("terminationGracePeriodSeconds"), errors);
        if (spec.ActiveDeadlineSeconds is < 1 or > int.MaxValue)
        {
            errors.Add(FieldError.Invalid(path.Child("activeDeadlineSeconds"), spec.ActiveDeadlineSeconds, "must be between 1 and 2147483647, inclusive"));
        }

        ObjectMetaValidation.ValidateLabels(spec.NodeSelector, path.Child("nodeSelector"), errors);
        Checks.Name(spec.NodeName is { Length: > 0 } ? spec.NodeName : null, path.Child("nodeName"), NameRules.Dns1123Subdomain, errors);
        Checks.Name(spec.ServiceAccountName is { Length: > 0 } ? spec.ServiceAccountName : null, path.Child("serviceAccountName"), NameRules.Dns1123Subdomain, errors);
        Checks.Name(spec.Hostname is { Length: > 0 } ? spec.Hostname : null, path.Child("hostname"), NameRules.Dns1123Label, errors);
        Checks.Name(spec.Subdomain is { Length: > 0 } ? spec.Subdomain : null, path.Child("subdomain"), NameRules.Dns1123Label, errors);
        Checks.OneOf(spec.PreemptionPolicy, path.Child("preemptionPolicy"), PreemptionPolicies, errors);
        ValidateImagePullSecrets(spec.ImagePullSecrets, path.Child("imagePullSecrets"), errors);
        ValidateReadinessGates(spec.ReadinessGates, path.Child("readinessGates"), errors);
        ValidateSchedulingGates(spec.SchedulingGates, path.Child("schedulingGates"), errors);
        ValidateTolerations(spec.Tolerations, path.Child("tolerations"), errors);
        ValidateAffinity(spec.Affinity, path.Child("affinity"), errors);
        ValidateTopologySpreadConstraints(spec.TopologySpreadConstraints, path.Child("topologySpreadConstraints"), errors);
        ValidateHostAliases(spec.HostAliases, path.Child("hostAliases"), errors);
        ValidatePodSecurityContext(spec.SecurityContext, path.Child("securityContext"), errors);
        ResourceRequirementsValidation.ValidateResourceList(spec.Overhead, path.Child("overhead"), errors);
        if (spec.Os is not null)
        {
            Checks.Required(spec.Os.Name, path.Child("os", "name"), errors);
            Checks.OneOf(spec.Os.Name is { Length: > 0 } ? spec.Os.Name : null, path.Child("os", "name"), OperatingSystems, errors);
        }
    }

    private static void ValidateDnsConfig(PodSpec spec, FieldPath path, List<FieldError> errors)
    {
        var config = spec.DnsConfig;
        if (spec.DnsPolicy == "None" && (config is null || config.Nameservers is not { Count: > 0 }))
        {
            errors.Add(FieldError.Required(path.Child("dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None"));
        }

        if (config is null)
        {
            return;
        }

        var at = path.Child("dnsConfig");
        if (config.Nameservers is { Count: > 3 })
        {
            errors.Add(FieldError.Invalid(at.Child("nameservers"), config.Nameservers, "must not have more than 3 nameservers"));
        }

        for (var index = 0; index < (config.Nameservers?.Count ?? 0); index++)
        {
            Checks.IpAddress(config.Nameservers![index], at.Child("nameservers").Index(index), errors);
        }

        if (config.Searches is { Count: > 32 })
        {
            errors.Add(FieldError.Invalid(at.Child("searches"), config.Searches, "must not have more than 32 search paths"));
        }

        for (var index = 0; index < (config.Options?.Count ?? 0); index++)
        {
            Checks.Required(config.Options![index].Name, at.Child("options").Index(index).Child("name"), errors);
        }
    }

    private static void ValidateImagePullSecrets(IReadOnlyList<LocalObjectReference>? secrets, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (secrets?.Count ?? 0); index++)
        {
            Checks.Required(secrets![index].Name, path.Index(index).Child("name"), errors);
        }
    }

    private static void ValidateReadinessGates(IReadOnlyList<PodReadinessGate>? gates, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (gates?.Count ?? 0); index++)
        {
            Checks.Name(gates![index].ConditionType ?? "", path.Index(index).Child("conditionType"), NameRules.QualifiedName, errors);
        }
    }

    private static void ValidateSchedulingGates(IReadOnlyList<PodSchedulingGate>? gates, FieldPath path, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (gates?.Count ?? 0); index++)
        {
            var name = gates![index].Name ?? "";
            Checks.Name(name, path.Index(index), NameRules.QualifiedName, errors);
            if (!seen.Add(name))
            {
                errors.Add(FieldError.Duplicate(path.Index(index), name));
            }
        }
    }

    private static void ValidateHostAliases(IReadOnlyList<HostAlias>? aliases, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (aliases?.Count ?? 0); index++)
        {
            var alias = aliases![index];
            Checks.Required(alias.Ip, path.Index(index).Child("ip"), errors);
            Checks.IpAddress(alias.Ip is { Length: > 0 } ? alias.Ip : null, path.Index(index).Child("ip"), errors);
            foreach (var hostname in alias.Hostnames ?? [])
            {
                Checks.Name(hostname, path.Index(index).Child("hostnames"), NameRules.Dns1123Subdomain, errors);
            }
        }
    }
}
