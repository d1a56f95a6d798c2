namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// A death-watch message between two members, delivered reliably and in order. <paramref name="Path"/> is the wire
/// path of the watched actor in the member that hosts it.
/// </summary>
internal sealed record RemoteSystemMessage(SystemMessageKind Kind, string Path, bool ExistenceConfirmed = true);
