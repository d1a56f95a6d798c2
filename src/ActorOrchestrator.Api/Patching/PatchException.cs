namespace ActorOrchestrator.Api.Patching;

/// <summary>A patch that cannot be applied (a failed JSON-patch test, a missing path, a malformed body): a 422 or 400.</summary>
public sealed class PatchException(string message) : Exception(message);
