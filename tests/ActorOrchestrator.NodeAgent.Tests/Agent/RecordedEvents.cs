using System.Collections.Concurrent;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

/// <summary>The Events the agent records, kept in order for the specs to read, and passed on to the real recorder.</summary>
internal sealed class RecordedEvents(IEventRecorder forward) : IEventRecorder
{
    private readonly ConcurrentQueue<RecordedEvent> _events = new();

    public IReadOnlyList<RecordedEvent> All => _events.ToArray();

    public void Record(IKubernetesObject involved, string type, string reason, string message)
    {
        _events.Enqueue(new RecordedEvent(involved.Metadata.Name ?? "", type, reason, message));
        forward.Record(involved, type, reason, message);
    }

    public IReadOnlyList<RecordedEvent> For(string name) => All.Where(recorded => recorded.Object == name).ToArray();
}

internal sealed record RecordedEvent(string Object, string Type, string Reason, string Message);
