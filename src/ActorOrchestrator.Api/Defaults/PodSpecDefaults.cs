using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Defaults;

/// <summary>core/v1 defaults of a PodSpec and everything in it.</summary>
internal static partial class PodSpecDefaults
{
    public const long TerminationGracePeriodSeconds = 30;

    public static PodSpec Apply(PodSpec spec)
    {
        var hostNetwork = spec.HostNetwork == true;
        return spec with
        {
            DnsPolicy = string.IsNullOrEmpty(spec.DnsPolicy) ? "ClusterFirst" : spec.DnsPolicy,
            RestartPolicy = string.IsNullOrEmpty(spec.RestartPolicy) ? "Always" : spec.RestartPolicy,
            TerminationGracePeriodSeconds = spec.TerminationGracePeriodSeconds ?? TerminationGracePeriodSeconds,
            SecurityContext = spec.SecurityContext ?? new PodSecurityContext(),
            SchedulerName = string.IsNullOrEmpty(spec.SchedulerName) ? "default-scheduler" : spec.SchedulerName,
            EnableServiceLinks = spec.EnableServiceLinks ?? true,
            Containers = spec.Containers?.Select(container => Apply(container, hostNetwork)).ToList(),
            InitContainers = spec.InitContainers?.Select(container => Apply(container, hostNetwork)).ToList(),
            EphemeralContainers = spec.EphemeralContainers?.Select(Apply).ToList(),
            Volumes = spec.Volumes?.Select(Apply).ToList(),
        };
    }

    private static Container Apply(Container container, bool hostNetwork) => container with
    {
        ImagePullPolicy = string.IsNullOrEmpty(container.ImagePullPolicy) ? PullPolicyFor(container.Image) : container.ImagePullPolicy,
        TerminationMessagePath = string.IsNullOrEmpty(container.TerminationMessagePath) ? "/dev/termination-log" : container.TerminationMessagePath,
        TerminationMessagePolicy = string.IsNullOrEmpty(container.TerminationMessagePolicy) ? "File" : container.TerminationMessagePolicy,
        Ports = container.Ports?.Select(port => Apply(port, hostNetwork)).ToList(),
        Env = container.Env?.Select(Apply).ToList(),
        Resources = Apply(container.Resources),
        LivenessProbe = Apply(container.LivenessProbe),
        ReadinessProbe = Apply(container.ReadinessProbe),
        StartupProbe = Apply(container.StartupProbe),
        Lifecycle = Apply(container.Lifecycle),
    };

    private static EphemeralContainer Apply(EphemeralContainer container) => container with
    {
        ImagePullPolicy = string.IsNullOrEmpty(container.ImagePullPolicy) ? PullPolicyFor(container.Image) : container.ImagePullPolicy,
        TerminationMessagePath = string.IsNullOrEmpty(container.TerminationMessagePath) ? "/dev/termination-log" : container.TerminationMessagePath,
        TerminationMessagePolicy = string.IsNullOrEmpty(container.TerminationMessagePolicy) ? "File" : container.TerminationMessagePolicy,
        Ports = container.Ports?.Select(port => Apply(port, false)).ToList(),
        Env = container.Env?.Select(Apply).ToList(),
        Lifecycle = Apply(container.Lifecycle),
    };

    /// <summary>
    /// Always for an image tagged <c>latest</c> or without a tag, IfNotPresent for any other tag or a digest.
    /// </summary>
    public static string PullPolicyFor(string? image)
    {
        if (string.IsNullOrEmpty(image) || image.Contains('@'))
        {
            return string.IsNullOrEmpty(image) ? "Always" : "IfNotPresent";
        }

        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        var tag = colon < 0 ? "latest" : image[(colon + 1)..];
        return tag == "latest" ? "Always" : "IfNotPresent";
    }

    private static ContainerPort Apply(ContainerPort port, bool hostNetwork) => port with
    {
        Protocol = string.IsNullOrEmpty(port.Protocol) ? "TCP" : port.Protocol,
        HostPort = hostNetwork && port.HostPort is null or 0 ? port.Port : port.HostPort,
    };

    private static EnvVar Apply(EnvVar variable) => variable.ValueFrom?.FieldRef is { ApiVersion: null or "" } fieldRef
        ? variable with { ValueFrom = variable.ValueFrom with { FieldRef = fieldRef with { ApiVersion = "v1" } } }
        : variable;

    // Requests not given default to the limits.
    private static ResourceRequirements? Apply(ResourceRequirements? resources)
    {
        if (resources?.Limits is not { Count: > 0 } limits)
        {
            return resources;
        }

        var requests = new Dictionary<string, Quantity>(resources.Requests ?? new Dictionary<string, Quantity>(), StringComparer.Ordinal);
        foreach (var (name, limit) in limits)
        {
            requests.TryAdd(name, limit);
        }

        return resources with { Requests = requests };
    }

    private static Probe? Apply(Probe? probe) => probe is null ? null : probe with
    {
        TimeoutSeconds = probe.TimeoutSeconds is null or 0 ? 1 : probe.TimeoutSeconds,
        PeriodSeconds = probe.PeriodSeconds is null or 0 ? 10 : probe.PeriodSeconds,
        SuccessThreshold = probe.SuccessThreshold is null or 0 ? 1 : probe.SuccessThreshold,
        FailureThreshold = probe.FailureThreshold is null or 0 ? 3 : probe.FailureThreshold,
        HttpGet = Apply(probe.HttpGet),
    };

    private static Lifecycle? Apply(Lifecycle? lifecycle) => lifecycle is null ? null : lifecycle with
    {
        PostStart = lifecycle.PostStart is { } postStart ? postStart with { HttpGet = Apply(postStart.HttpGet) } : null,
        PreStop = lifecycle.PreStop is { } preStop ? preStop with { HttpGet = Apply(preStop.HttpGet) } : null,
    };

    private static HttpGetAction? Apply(HttpGetAction? action) => action is null ? null : action with
    {
        Path = string.IsNullOrEmpty(action.Path) ? "/" : action.Path,
        Scheme = string.IsNullOrEmpty(action.Scheme) ? "HTTP" : action.Scheme,
    };
}
