using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers;

namespace ActorOrchestrator.Bench;

/// <summary>Records nothing: for the entities' controllers (none run here), and to tell the scheduler's own cost from that of its events.</summary>
internal sealed class SchedulerBenchNoEvents : IEventRecorder
{
    public static readonly SchedulerBenchNoEvents Instance = new();

    public void Record(IKubernetesObject involved, string type, string reason, string message)
    {
    }
}
