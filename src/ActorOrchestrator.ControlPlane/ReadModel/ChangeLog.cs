namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The recent changes of one kind, oldest first, at most <c>capacity</c> of them (a ring that grows to its capacity on
/// demand). <see cref="OldestAvailable"/> says how far back it reaches: every change after it is held. Not thread-safe:
/// the view's lock guards it.
/// </summary>
internal sealed class ChangeLog
{
    private readonly int _capacity;
    private ViewChange[] _ring;
    private int _head;
    private int _count;

    /// <param name="capacity">Most changes held.</param>
    /// <param name="startPosition">The view's position when the log started: no change at or before it is held.</param>
    public ChangeLog(int capacity, long startPosition)
    {
        _capacity = capacity;
        _ring = new ViewChange[Math.Min(16, capacity)];
        OldestAvailable = startPosition;
    }

    /// <summary>Every change with a resourceVersion above this is held; a watch or list may start from here or later.</summary>
    public long OldestAvailable { get; private set; }

    public int Count => _count;

    public void Append(ViewChange change)
    {
        // The ring only grows until it holds the capacity, so when full it is exactly the capacity long.
        if (_count == _capacity)
        {
            OldestAvailable = _ring[_head].ResourceVersion;
            _ring[_head] = change;
            _head = (_head + 1) % _ring.Length;
            return;
        }
        if (_count == _ring.Length)
        {
            Grow();
        }
        _ring[(_head + _count) % _ring.Length] = change;
        _count++;
    }

    /// <summary>Appends to <paramref name="into"/> up to <paramref name="max"/> changes after <paramref name="resourceVersion"/>, oldest first.</summary>
    public void CopyAfter(long resourceVersion, int max, List<ViewChange> into)
    {
        for (var i = FirstAfter(resourceVersion); i < _count && max > 0; i++, max--)
        {
            into.Add(At(i));
        }
    }

    /// <summary>The changes after <paramref name="resourceVersion"/>, oldest first.</summary>
    public IEnumerable<ViewChange> After(long resourceVersion)
    {
        for (var i = FirstAfter(resourceVersion); i < _count; i++)
        {
            yield return At(i);
        }
    }

    private ViewChange At(int logical) => _ring[(_head + logical) % _ring.Length];

    /// <summary>The logical index of the first change above <paramref name="resourceVersion"/> (binary search: resourceVersions increase).</summary>
    private int FirstAfter(long resourceVersion)
    {
        int low = 0, high = _count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (At(middle).ResourceVersion <= resourceVersion)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private void Grow()
    {
        var larger = new ViewChange[Math.Min(_capacity, _ring.Length * 2)];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = At(i);
        }
        _ring = larger;
        _head = 0;
    }
}
