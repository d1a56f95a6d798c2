namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// LIST: pages in key order at one resourceVersion. A page at an older resourceVersion than the view's (the next
/// page of a paged list, or an exact read) is the current state with the changes since undone from the kind's change
/// log, so paging stays consistent while writes go on, for as long as the log reaches back that far.
/// </summary>
public sealed partial class ResourceView
{
    /// <exception cref="InvalidContinueException">a continue token this view did not write, or one with a resourceVersion.</exception>
    /// <exception cref="ExpiredContinueException">the continue token's list resourceVersion left the watch window.</exception>
    /// <exception cref="TooOldResourceVersionException">an exact resourceVersion that left the watch window.</exception>
    /// <exception cref="ResourceVersionTooLargeException">the view did not reach the resourceVersion in time.</exception>
    public async Task<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = IndexOf(request.Kind);
        var token = request.Continue is { Length: > 0 } text ? ContinueToken.Decode(text) : null;
        if (token is not null && request.ResourceVersion is > 0)
        {
            throw new InvalidContinueException("specifying resource version is not allowed when using continue");
        }
        var required = token?.ResourceVersion ?? request.ResourceVersion ?? 0;
        if (required > ResourceVersion
            && !await WaitForResourceVersionAsync(required, _settings.ResourceVersionWaitTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ResourceVersionTooLargeException(required, ResourceVersion);
        }
        var exact = token?.ResourceVersion ?? (request.ResourceVersionMatch == ResourceVersionMatch.Exact && request.ResourceVersion is > 0
            ? request.ResourceVersion
            : null);
        var filter = new ObjectFilter(request.Kind.Namespaced ? request.Namespace : null, request.LabelSelector, request.FieldSelector);
        var limit = request.Limit is > 0 ? request.Limit.Value : int.MaxValue;

        _lock.EnterReadLock();
        try
        {
            var listedAt = exact ?? _position;
            var overlay = listedAt < _position ? StateAt(index, listedAt, token, _position) : null;
            return Page(index, filter, listedAt, overlay, token?.After, limit);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The objects changed after <paramref name="resourceVersion"/>, each mapped to its version then (null when it did
    /// not exist then): the previous object of its first change after that point.
    /// </summary>
    private static Dictionary<ObjectName, ViewObject?> StateAt(KindIndex index, long resourceVersion, ContinueToken? token, long current)
    {
        if (resourceVersion < index.Changes.OldestAvailable)
        {
            if (token is not null)
            {
                throw new ExpiredContinueException(new ContinueToken(current, token.After).Encode());
            }
            throw new TooOldResourceVersionException(resourceVersion, index.Changes.OldestAvailable);
        }
        var state = new Dictionary<ObjectName, ViewObject?>();
        foreach (var change in index.Changes.After(resourceVersion))
        {
            state.TryAdd(change.Object.ObjectName, change.Previous);
        }
        return state;
    }

    private static ListResult Page(
        KindIndex index, ObjectFilter filter, long listedAt, Dictionary<ObjectName, ViewObject?>? overlay, ObjectName? after, int limit)
    {
        var items = new List<ViewObject>(Math.Min(limit, 1024));
        ViewObject? last = null;
        var more = false;
        long remaining = 0;
        foreach (var (name, current) in InOrder(index, filter, overlay, after))
        {
            var candidate = overlay is not null && overlay.TryGetValue(name, out var then) ? then : current;
            if (candidate is null || !filter.Matches(candidate))
            {
                continue;
            }
            if (items.Count < limit)
            {
                items.Add(candidate);
                last = candidate;
                continue;
            }
            more = true;
            // Kubernetes counts what is left only for lists without selectors; with them it would mean reading everything.
            if (filter.HasSelectors)
            {
                break;
            }
            remaining++;
        }
        return new ListResult(
            items,
            listedAt,
            more ? new ContinueToken(listedAt, last!.ObjectName).Encode() : null,
            more && !filter.HasSelectors ? remaining : null);
    }

    /// <summary>
    /// The objects to look at, in list order, each with its current version: the index's candidates, sorted, when an
    /// index narrows the filter enough that sorting them beats filtering every object of the kind (a comparison costs
    /// a fraction of a filter); else the kind's objects in the namespace. With an overlay, the objects deleted since
    /// are merged in (their version then comes from the overlay).
    /// </summary>
    private static IEnumerable<(ObjectName Name, ViewObject? Current)> InOrder(
        KindIndex index, ObjectFilter filter, Dictionary<ObjectName, ViewObject?>? overlay, ObjectName? after)
    {
        var candidates = index.Candidates(filter);
        if (candidates is not null && candidates.Count * Math.Log2(candidates.Count + 2) < 4 * index.Count)
        {
            var selected = candidates.Where(slot => filter.Contains(slot.Name) && IsAfter(slot.Name, after)).Select(slot => (Name: slot.Name, Current: (ViewObject?)slot.Current));
            if (overlay is not null)
            {
                selected = selected.Concat(overlay.Keys.Where(name => filter.Contains(name) && IsAfter(name, after)).Select(name => (Name: name, Current: (ViewObject?)null)))
                    .DistinctBy(entry => entry.Name);
            }
            return selected.OrderBy(entry => entry.Name);
        }
        var current = index.InOrder(filter.Namespace, after).Select(slot => (Name: slot.Name, Current: (ViewObject?)slot.Current));
        if (overlay is null)
        {
            return current;
        }
        var deletedSince = overlay.Keys.Where(name => !index.Contains(name) && filter.Contains(name) && IsAfter(name, after)).Order().ToList();
        return deletedSince.Count == 0 ? current : Merge(current, deletedSince);
    }

    private static bool IsAfter(ObjectName name, ObjectName? after) => after is not { } start || name.CompareTo(start) > 0;

    private static IEnumerable<(ObjectName Name, ViewObject? Current)> Merge(
        IEnumerable<(ObjectName Name, ViewObject? Current)> first, IReadOnlyList<ObjectName> second)
    {
        var next = 0;
        foreach (var entry in first)
        {
            while (next < second.Count && second[next].CompareTo(entry.Name) < 0)
            {
                yield return (second[next++], null);
            }
            yield return entry;
        }
        while (next < second.Count)
        {
            yield return (second[next++], null);
        }
    }
}
