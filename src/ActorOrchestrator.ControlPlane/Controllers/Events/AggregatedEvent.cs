namespace ActorOrchestrator.ControlPlane.Controllers.Events;

/// <summary>The Event object last written for an <see cref="EventKey"/>, its count and when it last happened.</summary>
internal sealed record AggregatedEvent(string Namespace, string Name, int Count, DateTimeOffset LastTimestamp);
