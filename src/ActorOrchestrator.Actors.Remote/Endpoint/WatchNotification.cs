namespace ActorOrchestrator.Actors.Remote;

/// <summary>A Terminated owed to a local watcher, collected under the association's lock and delivered after it.</summary>
internal readonly record struct WatchNotification(IActorRef Watcher, RemoteActorRef Actor, bool ExistenceConfirmed, bool AddressTerminated)
{
    public static void DeliverAll(List<WatchNotification>? notifications)
    {
        if (notifications is null)
        {
            return;
        }
        foreach (var notification in notifications)
        {
            notification.Actor.NotifyTerminated(notification.Watcher, notification.ExistenceConfirmed, notification.AddressTerminated);
        }
    }
}
