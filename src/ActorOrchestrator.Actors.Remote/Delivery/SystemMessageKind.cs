namespace ActorOrchestrator.Actors.Remote;

/// <summary>What a <see cref="RemoteSystemMessage"/> asks or tells.</summary>
internal enum SystemMessageKind : byte
{
    /// <summary>The sender watches the receiver's actor at the path.</summary>
    Watch = 1,

    /// <summary>The sender no longer watches the receiver's actor at the path.</summary>
    Unwatch = 2,

    /// <summary>The sender's actor at the path, watched by the receiver, has stopped (or never existed).</summary>
    DeathWatchNotification = 3,
}
