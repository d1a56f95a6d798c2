using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Scheduling.Cache;
using static ActorOrchestrator.ControlPlane.Tests.Scheduling.SchedulingObjects;

namespace ActorOrchestrator.ControlPlane.Tests.Scheduling;

public sealed class PodInfoSpec
{
    [Fact]
    public void An_unbound_pod_for_the_default_scheduler_is_pending()
    {
        Assert.True(PendingInfo("p").IsPendingFor("default-scheduler"));
        Assert.True(PendingInfo("p", spec: s => s with { SchedulerName = "default-scheduler" }).IsPendingFor("default-scheduler"));
    }

    [Fact]
    public void Bound_deleting_finished_gated_or_foreign_pods_are_not_pending()
    {
        var deleting = Pod("p");
        deleting = deleting with { Metadata = deleting.Metadata with { DeletionTimestamp = DateTimeOffset.UnixEpoch } };

        Assert.False(Info(Pod("p", nodeName: "n1")).IsPendingFor("default-scheduler"));
        Assert.False(Info(deleting).IsPendingFor("default-scheduler"));
        Assert.False(Info(Pod("p", phase: "Failed")).IsPendingFor("default-scheduler"));
        Assert.False(PendingInfo("p", spec: s => s with { SchedulingGates = [new PodSchedulingGate { Name = "wait" }] }).IsPendingFor("default-scheduler"));
        Assert.False(PendingInfo("p", spec: s => s with { SchedulerName = "my-scheduler" }).IsPendingFor("default-scheduler"));
    }

    [Fact]
    public void Host_ports_default_to_every_address_and_TCP_and_the_controller_owner_is_found()
    {
        var pod = Pod("p", owner: "web-rs", spec: s => s with
        {
            Containers = [s.Containers![0] with { Ports = [new ContainerPort { Port = 80, HostPort = 8080 }, new ContainerPort { Port = 9090 }] }],
        });
        pod = pod with
        {
            Metadata = pod.Metadata with
            {
                OwnerReferences = [new OwnerReference { Kind = "Other", Name = "x", Uid = "uid-x" }, .. pod.Metadata.OwnerReferences!],
            },
        };

        var info = Info(pod);

        Assert.Equal([new HostPort("0.0.0.0", "TCP", 8080)], info.HostPorts);
        Assert.Equal("uid-web-rs", info.ControllerUid);
    }
}
