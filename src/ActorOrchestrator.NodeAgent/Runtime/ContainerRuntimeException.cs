namespace ActorOrchestrator.NodeAgent.Runtime;

/// <summary>A runtime operation failed; <see cref="Reason"/> is one of <see cref="RuntimeReasons"/>, the message says what and where.</summary>
public sealed class ContainerRuntimeException : Exception
{
    public ContainerRuntimeException(string reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>The Kubernetes-style reason (<see cref="RuntimeReasons"/>).</summary>
    public string Reason { get; }
}
