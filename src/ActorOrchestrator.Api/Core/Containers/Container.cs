using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Container, every field.</summary>
public sealed record Container
{
    public string? Name { get; init; }

    public string? Image { get; init; }

    public IReadOnlyList<string>? Command { get; init; }

    public IReadOnlyList<string>? Args { get; init; }

    public string? WorkingDir { get; init; }

    [PatchStrategy("merge", MergeKey = "containerPort")]
    public IReadOnlyList<ContainerPort>? Ports { get; init; }

    public IReadOnlyList<EnvFromSource>? EnvFrom { get; init; }

    [PatchStrategy("merge", MergeKey = "name")]
    public IReadOnlyList<EnvVar>? Env { get; init; }

    public ResourceRequirements? Resources { get; init; }

    public IReadOnlyList<ContainerResizePolicy>? ResizePolicy { get; init; }

    public string? RestartPolicy { get; init; }

    public IReadOnlyList<ContainerRestartRule>? RestartPolicyRules { get; init; }

    [PatchStrategy("merge", MergeKey = "mountPath")]
    public IReadOnlyList<VolumeMount>? VolumeMounts { get; init; }

    [PatchStrategy("merge", MergeKey = "devicePath")]
    public IReadOnlyList<VolumeDevice>? VolumeDevices { get; init; }

    public Probe? LivenessProbe { get; init; }

    public Probe? ReadinessProbe { get; init; }

    public Probe? StartupProbe { get; init; }

    public Lifecycle? Lifecycle { get; init; }

    public string? TerminationMessagePath { get; init; }

    public string? TerminationMessagePolicy { get; init; }

    public string? ImagePullPolicy { get; init; }

    public SecurityContext? SecurityContext { get; init; }

    public bool? Stdin { get; init; }

    public bool? StdinOnce { get; init; }

    public bool? Tty { get; init; }
}
