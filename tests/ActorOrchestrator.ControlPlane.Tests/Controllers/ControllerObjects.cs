using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

/// <summary>Deployments, replica sets and pods for the controller specs, defaulted as the API server stores them.</summary>
internal static class ControllerObjects
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static PodTemplateSpec Template(string image = "nginx:1.27", string app = "web") => new()
    {
        Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = app } },
        Spec = new PodSpec { Containers = [new Container { Name = "main", Image = image }] },
    };

    public static Deployment Deployment(
        string name = "web", int replicas = 3, string image = "nginx:1.27", IntOrString? maxSurge = null, IntOrString? maxUnavailable = null,
        string strategy = "RollingUpdate")
    {
        var deployment = new Deployment
        {
            Metadata = new ObjectMeta { Name = name, Namespace = "default" },
            Spec = new DeploymentSpec
            {
                Replicas = replicas,
                Selector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } },
                Template = Template(image),
                Strategy = new DeploymentStrategy
                {
                    Type = strategy,
                    RollingUpdate = strategy == "RollingUpdate" ? new RollingUpdateDeployment { MaxSurge = maxSurge, MaxUnavailable = maxUnavailable } : null,
                },
            },
        };
        return ResourceDefaults.Apply(deployment);
    }

    public static ReplicaSet ReplicaSet(string name, int replicas, int available = 0, int minutesOld = 0, string? uid = null) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = name,
            Namespace = "default",
            Uid = uid ?? Guid.NewGuid().ToString(),
            CreationTimestamp = Epoch.AddMinutes(-minutesOld),
        },
        Spec = new ReplicaSetSpec { Replicas = replicas, Template = Template() },
        Status = new ReplicaSetStatus { Replicas = replicas, AvailableReplicas = available },
    };

    public static Pod Pod(
        string name, string? node = "node-1", string phase = "Running", bool ready = true, int restarts = 0, int secondsOld = 600,
        int readyForSeconds = 300, IReadOnlyDictionary<string, string>? labels = null, IReadOnlyList<OwnerReference>? owners = null) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = name,
            Namespace = "default",
            Uid = Guid.NewGuid().ToString(),
            CreationTimestamp = Epoch.AddSeconds(-secondsOld),
            Labels = labels ?? new Dictionary<string, string> { ["app"] = "web" },
            OwnerReferences = owners,
        },
        Spec = new PodSpec { NodeName = node, Containers = [new Container { Name = "main", Image = "nginx" }] },
        Status = new PodStatus
        {
            Phase = phase,
            Conditions = [new PodCondition { Type = "Ready", Status = ready ? "True" : "False", LastTransitionTime = Epoch.AddSeconds(-readyForSeconds) }],
            ContainerStatuses = [new ContainerStatus { Name = "main", RestartCount = restarts, Ready = ready }],
        },
    };
}
