namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// A continue token whose list resourceVersion has left the watch window, so the rest of that list can no longer be
/// read consistently. The gateway answers 410 Gone, reason Expired, with this message and
/// <see cref="InconsistentContinue"/> as the Status's metadata.continue, as Kubernetes does.
/// </summary>
public sealed class ExpiredContinueException(string inconsistentContinue) : Exception(
    "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, "
    + "or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an "
    + "inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.")
{
    /// <summary>A token that continues after the same object at the current state.</summary>
    public string InconsistentContinue { get; } = inconsistentContinue;
}
