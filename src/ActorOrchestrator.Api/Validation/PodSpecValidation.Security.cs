using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static partial class PodSpecValidation
{
    private static readonly string[] ProcMounts = ["Default", "Unmasked"];
    private static readonly string[] SeccompTypes = ["Localhost", "RuntimeDefault", "Unconfined"];
    private static readonly string[] AppArmorTypes = ["Localhost", "RuntimeDefault", "Unconfined"];
    private static readonly string[] FsGroupChangePolicies = ["Always", "OnRootMismatch"];
    private static readonly string[] SupplementalGroupsPolicies = ["Merge", "Strict"];
    private static readonly string[] SeLinuxChangePolicies = ["MountOption", "Recursive"];

    private static void ValidateSecurityContext(SecurityContext? context, FieldPath path, List<FieldError> errors)
    {
        if (context is null)
        {
            return;
        }

        ValidateId(context.RunAsUser, path.Child("runAsUser"), errors);
        ValidateId(context.RunAsGroup, path.Child("runAsGroup"), errors);
        Checks.OneOf(context.ProcMount, path.Child("procMount"), ProcMounts, errors);
        ValidateSeccomp(context.SeccompProfile, path.Child("seccompProfile"), errors);
        ValidateAppArmor(context.AppArmorProfile, path.Child("appArmorProfile"), errors);
        if (context.Privileged == true && context.AllowPrivilegeEscalation == false)
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, path.ToString(), GoValueFormat.Quote(""),
                "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
        }

        if (context.Capabilities?.Add?.Contains("CAP_SYS_ADMIN") == true && context.AllowPrivilegeEscalation == false)
        {
            errors.Add(new FieldError(FieldErrorType.Invalid, path.ToString(), GoValueFormat.Quote(""),
                "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
        }
    }

    private static void ValidatePodSecurityContext(PodSecurityContext? context, FieldPath path, List<FieldError> errors)
    {
        if (context is null)
        {
            return;
        }

        ValidateId(context.RunAsUser, path.Child("runAsUser"), errors);
        ValidateId(context.RunAsGroup, path.Child("runAsGroup"), errors);
        ValidateId(context.FsGroup, path.Child("fsGroup"), errors);
        for (var index = 0; index < (context.SupplementalGroups?.Count ?? 0); index++)
        {
            ValidateId(context.SupplementalGroups![index], path.Child("supplementalGroups").Index(index), errors);
        }

        Checks.OneOf(context.FsGroupChangePolicy, path.Child("fsGroupChangePolicy"), FsGroupChangePolicies, errors);
        Checks.OneOf(context.SupplementalGroupsPolicy, path.Child("supplementalGroupsPolicy"), SupplementalGroupsPolicies, errors);
        Checks.OneOf(context.SeLinuxChangePolicy, path.Child("seLinuxChangePolicy"), SeLinuxChangePolicies, errors);
        ValidateSeccomp(context.SeccompProfile, path.Child("seccompProfile"), errors);
        ValidateAppArmor(context.AppArmorProfile, path.Child("appArmorProfile"), errors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (context.Sysctls?.Count ?? 0); index++)
        {
            var name = context.Sysctls![index].Name ?? "";
            var at = path.Child("sysctls").Index(index).Child("name");
            if (name.Length == 0)
            {
                errors.Add(FieldError.Required(at));
            }
            else if (!names.Add(name))
            {
                errors.Add(FieldError.Duplicate(at, name));
            }
        }
    }

    private static void ValidateId(long? id, FieldPath path, List<FieldError> errors)
    {
        if (id is < 0 or > int.MaxValue)
        {
            errors.Add(FieldError.Invalid(path, id, "must be between 0 and 2147483647, inclusive"));
        }
    }

    private static void ValidateSeccomp(SeccompProfile? profile, FieldPath path, List<FieldError> errors)
    {
        if (profile is null)
        {
            return;
        }

        Checks.Required(profile.Type, path.Child("type"), errors);
        Checks.OneOf(profile.Type is { Length: > 0 } ? profile.Type : null, path.Child("type"), SeccompTypes, errors);
        ValidateLocalhostProfile(profile.Type, profile.LocalhostProfile, path, errors);
    }

    private static void ValidateAppArmor(AppArmorProfile? profile, FieldPath path, List<FieldError> errors)
    {
        if (profile is null)
        {
            return;
        }

        Checks.Required(profile.Type, path.Child("type"), errors);
        Checks.OneOf(profile.Type is { Length: > 0 } ? profile.Type : null, path.Child("type"), AppArmorTypes, errors);
        ValidateLocalhostProfile(profile.Type, profile.LocalhostProfile, path, errors);
    }

    private static void ValidateLocalhostProfile(string? type, string? localhostProfile, FieldPath path, List<FieldError> errors)
    {
        if (type == "Localhost" && string.IsNullOrEmpty(localhostProfile))
        {
            errors.Add(FieldError.Required(path.Child("localhostProfile"), "must be set when profile type is Localhost"));
        }
        else if (type != "Localhost" && localhostProfile is not null)
        {
            errors.Add(FieldError.Invalid(path.Child("localhostProfile"), localhostProfile, "can only be set when profile type is Localhost"));
        }
    }
}
