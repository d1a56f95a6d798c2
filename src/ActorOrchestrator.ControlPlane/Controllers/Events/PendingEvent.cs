using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>An event as recorded, waiting in the queue: about whom, what, and when it happened.</summary>
internal sealed record PendingEvent(ObjectReference Involved, string EventNamespace, string Type, string Reason, string Message, DateTimeOffset At)
{
    /// <summary>Repeats of the same event share this key; the uid tells a recreated object of the same name apart.</summary>
    public EventKey Key => new(Involved.Uid ?? $"{Involved.Kind}/{Involved.Namespace}/{Involved.Name}", Type, Reason, Message);
}
