namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>What happens to an object's dependents (objects whose ownerReferences name it) when it is deleted.</summary>
public enum PropagationPolicy
{
    /// <summary>The owner goes at once; dependents are deleted after it.</summary>
    Background,

    /// <summary>The owner gets the <c>foregroundDeletion</c> finalizer and goes only after its blocking dependents.</summary>
    Foreground,

    /// <summary>The owner goes; dependents stay, their ownerReferences to it removed.</summary>
    Orphan,
}
