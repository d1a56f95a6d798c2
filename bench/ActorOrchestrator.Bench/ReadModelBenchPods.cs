using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Bench;

/// <summary>Pods shaped like a Deployment's running replicas (about 1.5 KB of JSON each), for the read model benchmarks.</summary>
internal static class ReadModelBenchPods
{
    private static readonly DateTimeOffset Started = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Pod <paramref name="index"/> of deployment <c>web-(index / podsPerDeployment)</c>, on one of 100 nodes.</summary>
    public static Pod Running(int index, int podsPerDeployment)
    {
        var deployment = $"web-{index / podsPerDeployment:0000}";
        var name = $"{deployment}-6d8f7c9b5-{index:x6}";
        return new Pod
        {
            Metadata = new ObjectMeta
            {
                Name = name,
                Namespace = $"team-{index % 10}",
                Uid = Guid.NewGuid().ToString(),
                Generation = 1,
                CreationTimestamp = Started,
                Labels = new Dictionary<string, string> { ["app"] = deployment, ["pod-template-hash"] = "6d8f7c9b5", ["tier"] = index % 3 == 0 ? "backend" : "frontend" },
                OwnerReferences =
                [
                    new OwnerReference { ApiVersion = "apps/v1", Kind = "ReplicaSet", Name = $"{deployment}-6d8f7c9b5", Uid = Guid.NewGuid().ToString(), Controller = true, BlockOwnerDeletion = true },
                ],
            },
            Spec = new PodSpec
            {
                NodeName = $"node-{index % 100:000}",
                RestartPolicy = "Always",
                TerminationGracePeriodSeconds = 30,
                SchedulerName = "default-scheduler",
                Containers =
                [
                    new Container
                    {
                        Name = "app",
                        Image = "registry.example.com/web:1.4.2",
                        Command = ["/bin/web"],
                        Args = ["--port=8080", "--log-level=info"],
                        Ports = [new ContainerPort { Name = "http", Port = 8080, Protocol = "TCP" }],
                        Env = [new EnvVar { Name = "MODE", Value = "production" }, new EnvVar { Name = "CACHE_SIZE", Value = "256" }],
                        Resources = new ResourceRequirements
                        {
                            Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m"), ["memory"] = Quantity.Parse("128Mi") },
                            Limits = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("500m"), ["memory"] = Quantity.Parse("256Mi") },
                        },
                        TerminationMessagePath = "/dev/termination-log",
                        TerminationMessagePolicy = "File",
                        ImagePullPolicy = "IfNotPresent",
                    },
                ],
            },
            Status = new PodStatus
            {
                Phase = "Running",
                HostIP = $"192.168.1.{index % 100}",
                PodIP = $"10.{index / 65536 % 256}.{index / 256 % 256}.{index % 256}",
                StartTime = Started,
                QosClass = "Burstable",
                Conditions =
                [
                    new PodCondition { Type = "PodScheduled", Status = "True", LastTransitionTime = Started },
                    new PodCondition { Type = "Initialized", Status = "True", LastTransitionTime = Started },
                    new PodCondition { Type = "ContainersReady", Status = "True", LastTransitionTime = Started },
                    new PodCondition { Type = "Ready", Status = "True", LastTransitionTime = Started },
                ],
                ContainerStatuses =
                [
                    new ContainerStatus
                    {
                        Name = "app", Ready = true, Started = true, RestartCount = 0, Image = "registry.example.com/web:1.4.2",
                        ImageID = "registry.example.com/web@sha256:4b1c", ContainerID = $"process://{name}-app",
                        State = new ContainerState { Running = new ContainerStateRunning { StartedAt = Started } },
                    },
                ],
            },
        };
    }
}
