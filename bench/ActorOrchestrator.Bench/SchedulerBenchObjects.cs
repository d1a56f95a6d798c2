using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Bench;

/// <summary>The simulated cluster of the scheduler suite: Ready nodes of 32 cpu / 128Gi, pods of 100m / 128Mi.</summary>
internal static class SchedulerBenchObjects
{
    public static Node Node(int index) => new()
    {
        Metadata = new ObjectMeta { Name = $"node-{index:D4}", Labels = new Dictionary<string, string> { ["kubernetes.io/hostname"] = $"node-{index:D4}" } },
        Status = new NodeStatus
        {
            Capacity = Resources("32", "128Gi", "110"),
            Allocatable = Resources("32", "128Gi", "110"),
            Conditions = [new NodeCondition { Type = "Ready", Status = "True", Reason = "KubeletReady" }],
        },
    };

    public static Pod Pod(int index) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = $"web-{index:D5}",
            Namespace = "default",
            Labels = new Dictionary<string, string> { ["app"] = $"web-{index / 100}" },
        },
        Spec = new PodSpec
        {
            Containers =
            [
                new Container
                {
                    Name = "web",
                    Image = "nginx:1.27",
                    Resources = new ResourceRequirements
                    {
                        Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m"), ["memory"] = Quantity.Parse("128Mi") },
                    },
                },
            ],
        },
    };

    private static Dictionary<string, Quantity> Resources(string cpu, string memory, string pods) =>
        new() { ["cpu"] = Quantity.Parse(cpu), ["memory"] = Quantity.Parse(memory), ["pods"] = Quantity.Parse(pods) };
}
