using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Controllers;

/// <summary>
/// Records Kubernetes Event objects about an object, as <c>kubectl describe</c> shows them. Best effort and never
/// blocking, as in Kubernetes: a lost event is not an error. Repeats of the same reason and message for the same
/// object within a short window are aggregated (<c>count</c>, <c>lastTimestamp</c>).
/// </summary>
public interface IEventRecorder
{
    /// <param name="involved">The object the event is about.</param>
    /// <param name="type"><c>Normal</c> or <c>Warning</c>.</param>
    /// <param name="reason">UpperCamelCase, e.g. <c>Scheduled</c>, <c>BackOff</c>, <c>ScalingReplicaSet</c>.</param>
    /// <param name="message">For humans: <c>Successfully assigned default/web-7d4f9 to node-1</c>.</param>
    void Record(IKubernetesObject involved, string type, string reason, string message);
}
