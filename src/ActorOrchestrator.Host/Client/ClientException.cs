namespace ActorOrchestrator.Host.Client;

/// <summary>
/// A client verb failed in a way the user must read: the message is printed as it is (kubectl's wording, e.g.
/// <c>Error from server (NotFound): pods "x" not found</c>) and the verb exits 1.
/// </summary>
internal sealed class ClientException(string message) : Exception(message);
