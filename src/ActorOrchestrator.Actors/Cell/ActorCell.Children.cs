namespace ActorOrchestrator.Actors;

/// <summary>Creating, finding and stopping children.</summary>
internal sealed partial class ActorCell
{
    public IReadOnlyCollection<IActorRef> Children
    {
        get
        {
            var container = Volatile.Read(ref _children);
            if (container is null)
            {
                return [];
            }
            lock (container)
            {
                return [.. container.ByName.Values];
            }
        }
    }

    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is not null)
        {
            ActorNames.Validate(name, Path);
        }
        var container = Volatile.Read(ref _children);
        if (container is null)
        {
            Interlocked.CompareExchange(ref _children, new ChildrenContainer(), null);
            container = _children!;
        }
        ActorCell child;
        lock (container)
        {
            if (container.Closed)
            {
                throw new InvalidOperationException($"Cannot create child '{name}' of {Path}: it is stopping or stopped");
            }
            name ??= container.NextName();
            if (container.ByName.ContainsKey(name))
            {
                throw new InvalidActorNameException($"Actor name '{name}' is not unique: {Path} already has a live child with that name");
            }
            child = new ActorCell(_system, this, name, props);
            container.ByName.Add(name, child);
        }
        child.Start();
        return child;
    }

    public IActorRef? Child(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var container = Volatile.Read(ref _children);
        if (container is null)
        {
            return null;
        }
        lock (container)
        {
            return container.ByName.TryGetValue(name, out var child) ? child : null;
        }
    }

    private bool IsLiveChild(ActorCell cell)
    {
        var container = Volatile.Read(ref _children);
        if (container is null)
        {
            return false;
        }
        lock (container)
        {
            return container.ByName.TryGetValue(cell._name, out var child) && ReferenceEquals(child, cell);
        }
    }

    private ActorCell[] ChildCells()
    {
        var container = Volatile.Read(ref _children);
        if (container is null)
        {
            return [];
        }
        lock (container)
        {
            return [.. container.ByName.Values];
        }
    }

    private void ForEachChild(Action<ActorCell> action)
    {
        if (Volatile.Read(ref _children) is null)
        {
            return;
        }
        foreach (var child in ChildCells())
        {
            action(child);
        }
    }

    /// <summary>Closes the container and tells every child to stop; false when there were no children.</summary>
    private bool StopAllChildren()
    {
        var container = Volatile.Read(ref _children);
        if (container is null)
        {
            Interlocked.CompareExchange(ref _children, new ChildrenContainer { Closed = true }, null);
            container = _children!;
        }
        ActorCell[] children;
        lock (container)
        {
            container.Closed = true;
            children = [.. container.ByName.Values];
        }
        foreach (var child in children)
        {
            MarkChildStopping(child);
            child.SendSystemMessage(new Terminate());
        }
        return children.Length > 0;
    }

    private void MarkChildStopping(ActorCell child)
    {
        if (Volatile.Read(ref _children) is { } container)
        {
            (container.Stopping ??= []).Add(child);
        }
    }

    private bool HasStoppingChildren => _children?.Stopping is { Count: > 0 };

    /// <summary>Forgets a terminated child; true when it was one of ours.</summary>
    private bool RemoveChild(ActorCell child)
    {
        var container = Volatile.Read(ref _children);
        if (container is null)
        {
            return false;
        }
        container.Stopping?.Remove(child);
        container.Statistics?.Remove(child);
        lock (container)
        {
            if (container.ByName.TryGetValue(child._name, out var current) && ReferenceEquals(current, child))
            {
                container.ByName.Remove(child._name);
                return true;
            }
        }
        return false;
    }

    private bool HasChildren
    {
        get
        {
            var container = Volatile.Read(ref _children);
            if (container is null)
            {
                return false;
            }
            lock (container)
            {
                return container.ByName.Count > 0;
            }
        }
    }
}
