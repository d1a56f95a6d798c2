using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static partial class PodSpecValidation
{
    private static readonly string[] PullPolicies = ["Always", "IfNotPresent", "Never"];
    private static readonly string[] TerminationMessagePolicies = ["FallbackToLogsOnError", "File"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];
    private static readonly string[] MountPropagations = ["Bidirectional", "HostToContainer", "None"];
    private static readonly string[] RecursiveReadOnlyModes = ["Disabled", "Enabled", "IfPossible"];
    private static readonly string[] ResizeRestartPolicies = ["NotRequired", "RestartContainer"];

    private static void ValidateContainers(
        IReadOnlyList<Container>? containers,
        FieldPath path,
        ContainerRole role,
        PodSpec spec,
        IReadOnlySet<string> volumeNames,
        HashSet<string> containerNames,
        List<FieldError> errors)
    {
        for (var index = 0; index < (containers?.Count ?? 0); index++)
        {
            var container = containers![index];
            var at = path.Index(index);
            if (string.IsNullOrEmpty(container.Name))
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else
            {
                Checks.Name(container.Name, at.Child("name"), NameRules.Dns1123Label, errors);
                if (!containerNames.Add(container.Name))
                {
                    errors.Add(FieldError.Duplicate(at.Child("name"), container.Name));
                }
            }

            if (string.IsNullOrWhiteSpace(container.Image))
            {
                errors.Add(FieldError.Required(at.Child("image")));
            }

            Checks.OneOf(container.ImagePullPolicy, at.Child("imagePullPolicy"), PullPolicies, errors);
            Checks.OneOf(container.TerminationMessagePolicy, at.Child("terminationMessagePolicy"), TerminationMessagePolicies, errors);
            ValidateContainerRestartPolicy(container.RestartPolicy, role, at.Child("restartPolicy"), errors);
            ValidatePorts(container.Ports, spec.HostNetwork == true, at.Child("ports"), errors);
            ValidateEnv(container.Env, at.Child("env"), errors);
            ValidateEnvFrom(container.EnvFrom, at.Child("envFrom"), errors);
            ValidateVolumeMounts(container.VolumeMounts, volumeNames, at.Child("volumeMounts"), errors);
            ValidateVolumeDevices(container.VolumeDevices, volumeNames, at.Child("volumeDevices"), errors);
            ResourceRequirementsValidation.Validate(container.Resources, at.Child("resources"), errors);
            ValidateResizePolicy(container.ResizePolicy, at.Child("resizePolicy"), errors);
            ValidateProbe(container.LivenessProbe, at.Child("livenessProbe"), successMustBeOne: true, errors);
            ValidateProbe(container.ReadinessProbe, at.Child("readinessProbe"), successMustBeOne: false, errors);
            ValidateProbe(container.StartupProbe, at.Child("startupProbe"), successMustBeOne: true, errors);
            ValidateLifecycle(container.Lifecycle, at.Child("lifecycle"), errors);
            ValidateSecurityContext(container.SecurityContext, at.Child("securityContext"), errors);
            if (role == ContainerRole.Init && container.RestartPolicy != "Always")
            {
                ForbidForInitContainer(container.LivenessProbe, at.Child("livenessProbe"), errors);
                ForbidForInitContainer(container.ReadinessProbe, at.Child("readinessProbe"), errors);
                ForbidForInitContainer(container.StartupProbe, at.Child("startupProbe"), errors);
                ForbidForInitContainer(container.Lifecycle, at.Child("lifecycle"), errors);
            }
        }
    }

    private static void ForbidForInitContainer(object? field, FieldPath path, List<FieldError> errors)
    {
        if (field is not null)
        {
            errors.Add(FieldError.Forbidden(path, "may not be set for init containers without restartPolicy=Always"));
        }
    }

    private static void ValidateContainerRestartPolicy(string? policy, ContainerRole role, FieldPath path, List<FieldError> errors)
    {
        if (policy is null)
        {
            return;
        }

        if (role == ContainerRole.Regular)
        {
            errors.Add(FieldError.Forbidden(path, "may not be set for non-init containers"));
        }
        else
        {
            Checks.OneOf(policy, path, ["Always"], errors);
        }
    }

    private static void ValidatePorts(IReadOnlyList<ContainerPort>? ports, bool hostNetwork, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (ports?.Count ?? 0); index++)
        {
            var port = ports![index];
            var at = path.Index(index);
            if (!string.IsNullOrEmpty(port.Name))
            {
                Checks.Name(port.Name, at.Child("name"), NameRules.PortName, errors);
                if (!names.Add(port.Name))
                {
                    errors.Add(FieldError.Duplicate(at.Child("name"), port.Name));
                }
            }

            if (port.Port is null or 0)
            {
                errors.Add(FieldError.Required(at.Child("containerPort")));
            }
            else
            {
                Checks.Port(port.Port, at.Child("containerPort"), errors);
            }

            if (port.HostPort is not null and not 0)
            {
                Checks.Port(port.HostPort, at.Child("hostPort"), errors);
                if (hostNetwork && port.HostPort != port.Port)
                {
                    errors.Add(FieldError.Invalid(at.Child("hostPort"), port.HostPort, "must match `containerPort` when `hostNetwork` is true"));
                }
            }

            Checks.OneOf(port.Protocol, at.Child("protocol"), Protocols, errors);
            Checks.IpAddress(port.HostIP is { Length: > 0 } ? port.HostIP : null, at.Child("hostIP"), errors);
        }
    }

    private static void ValidateVolumeMounts(IReadOnlyList<VolumeMount>? mounts, IReadOnlySet<string> volumeNames, FieldPath path, List<FieldError> errors)
    {
        var mountPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (mounts?.Count ?? 0); index++)
        {
            var mount = mounts![index];
            var at = path.Index(index);
            if (string.IsNullOrEmpty(mount.Name))
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else if (!volumeNames.Contains(mount.Name))
            {
                errors.Add(FieldError.NotFound(at.Child("name"), mount.Name));
            }

            if (string.IsNullOrEmpty(mount.MountPath))
            {
                errors.Add(FieldError.Required(at.Child("mountPath")));
            }
            else if (!mountPaths.Add(mount.MountPath))
            {
                errors.Add(FieldError.Invalid(at.Child("mountPath"), mount.MountPath, "must be unique"));
            }

            if (!string.IsNullOrEmpty(mount.SubPath) && !string.IsNullOrEmpty(mount.SubPathExpr))
            {
                errors.Add(FieldError.Invalid(at.Child("subPathExpr"), mount.SubPathExpr, "subPathExpr and subPath are mutually exclusive"));
            }

            Checks.RelativePath(mount.SubPath, at.Child("subPath"), errors);
            Checks.OneOf(mount.MountPropagation, at.Child("mountPropagation"), MountPropagations, errors);
            Checks.OneOf(mount.RecursiveReadOnly, at.Child("recursiveReadOnly"), RecursiveReadOnlyModes, errors);
            if (mount.RecursiveReadOnly is "Enabled" or "IfPossible" && mount.ReadOnly != true)
            {
                errors.Add(FieldError.Forbidden(at.Child("recursiveReadOnly"), "may only be specified when readOnly is true"));
            }
        }
    }

    private static void ValidateVolumeDevices(IReadOnlyList<VolumeDevice>? devices, IReadOnlySet<string> volumeNames, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (devices?.Count ?? 0); index++)
        {
            var device = devices![index];
            var at = path.Index(index);
            if (string.IsNullOrEmpty(device.Name))
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else if (!volumeNames.Contains(device.Name))
            {
                errors.Add(FieldError.NotFound(at.Child("name"), device.Name));
            }

            Checks.Required(device.DevicePath, at.Child("devicePath"), errors);
        }
    }

    private static void ValidateResizePolicy(IReadOnlyList<ContainerResizePolicy>? policies, FieldPath path, List<FieldError> errors)
    {
        var resources = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (policies?.Count ?? 0); index++)
        {
            var policy = policies![index];
            var at = path.Index(index);
            Checks.OneOf(policy.ResourceName, at.Child("resourceName"), ["cpu", "memory"], errors);
            if (policy.ResourceName is not null && !resources.Add(policy.ResourceName))
            {
                errors.Add(FieldError.Duplicate(at.Child("resourceName"), policy.ResourceName));
            }

            Checks.OneOf(policy.RestartPolicy, at.Child("restartPolicy"), ResizeRestartPolicies, errors);
        }
    }
}
