using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

public sealed class PodRequestsSpec
{
    [Fact]
    public void Containers_are_summed_init_containers_count_at_their_peak_and_overhead_is_added()
    {
        var spec = new PodSpec
        {
            InitContainers = [Container("init-big", "2", "1Gi"), Container("init-small", "100m", "3Gi")],
            Containers = [Container("a", "500m", "1Gi"), Container("b", "250m", "512Mi")],
            Overhead = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("10m"), ["memory"] = Quantity.Parse("1Mi") },
        };

        var requests = PodRequests.Compute(spec, nonZero: false);

        Assert.Equal(new PodResources(2010, (3L << 30) + (1L << 20), 0), requests);
    }

    [Fact]
    public void Sidecars_run_beside_the_containers_and_the_init_containers_after_them()
    {
        var spec = new PodSpec
        {
            InitContainers = [Container("sidecar", "300m", "100Mi") with { RestartPolicy = "Always" }, Container("migrate", "1", "100Mi")],
            Containers = [Container("app", "500m", "100Mi")],
        };

        Assert.Equal(1300, PodRequests.Compute(spec, nonZero: false).CpuMilli);
    }

    [Fact]
    public void Scoring_counts_Kubernetes_defaults_for_containers_without_requests()
    {
        var spec = new PodSpec { Containers = [new Container { Name = "a" }, Container("b", "1", null)] };

        Assert.Equal(new PodResources(0 + 1000, 0, 0), PodRequests.Compute(spec, nonZero: false));
        Assert.Equal(new PodResources(100 + 1000, 2 * PodRequests.DefaultMemory, 0), PodRequests.Compute(spec, nonZero: true));
    }

    private static Container Container(string name, string? cpu, string? memory)
    {
        var requests = new Dictionary<string, Quantity>();
        if (cpu is not null)
        {
            requests["cpu"] = Quantity.Parse(cpu);
        }
        if (memory is not null)
        {
            requests["memory"] = Quantity.Parse(memory);
        }
        return new Container { Name = name, Image = "x", Resources = new ResourceRequirements { Requests = requests } };
    }
}
