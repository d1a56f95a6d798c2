namespace ActorOrchestrator.Actors;

/// <summary>
/// Publish-subscribe bus of one actor system. A subscription to a type receives events of that type and of its
/// subtypes (interfaces included). Terminated subscribers are removed automatically.
/// </summary>
public sealed class EventStream
{
    private readonly Lock _gate = new();
    private readonly Dictionary<IActorRef, HashSet<Type>> _bySubscriber = [];
    private readonly Dictionary<Type, IActorRef[]> _cache = [];

    /// <summary>Subscribes <paramref name="subscriber"/> to <paramref name="channel"/> and its subtypes; false if it already was.</summary>
    public bool Subscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        lock (_gate)
        {
            if (!_bySubscriber.TryGetValue(subscriber, out var channels))
            {
                channels = [];
                _bySubscriber.Add(subscriber, channels);
            }
            if (!channels.Add(channel))
            {
                return false;
            }
            _cache.Clear();
            return true;
        }
    }

    /// <summary>Subscribes to <typeparamref name="T"/> and its subtypes.</summary>
    public bool Subscribe<T>(IActorRef subscriber) => Subscribe(subscriber, typeof(T));

    /// <summary>Removes one subscription; false if there was none.</summary>
    public bool Unsubscribe(IActorRef subscriber, Type channel)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(channel);
        lock (_gate)
        {
            if (!_bySubscriber.TryGetValue(subscriber, out var channels) || !channels.Remove(channel))
            {
                return false;
            }
            if (channels.Count == 0)
            {
                _bySubscriber.Remove(subscriber);
            }
            _cache.Clear();
            return true;
        }
    }

    /// <summary>Removes every subscription of <paramref name="subscriber"/>; false if there was none.</summary>
    public bool Unsubscribe(IActorRef subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        lock (_gate)
        {
            if (!_bySubscriber.Remove(subscriber))
            {
                return false;
            }
            _cache.Clear();
            return true;
        }
    }

    /// <summary>Delivers <paramref name="event"/> to every subscriber of its type or a supertype (sender: none).</summary>
    public void Publish(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var subscribers = SubscribersOf(@event.GetType());
        foreach (var subscriber in subscribers)
        {
            if (subscriber is InternalActorRef { IsTerminated: true })
            {
                Unsubscribe(subscriber);
                continue;
            }
            subscriber.Tell(@event, null);
        }
    }

    private IActorRef[] SubscribersOf(Type eventType)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(eventType, out var cached))
            {
                return cached;
            }
            var matching = _bySubscriber
                .Where(entry => entry.Value.Any(channel => channel.IsAssignableFrom(eventType)))
                .Select(entry => entry.Key)
                .ToArray();
            _cache[eventType] = matching;
            return matching;
        }
    }
}
