using System.Collections.Frozen;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The indexed in-memory view of every object, as of the journal position <see cref="ResourceVersion"/>: GET, LIST
/// and WATCH are served from here. Thread-safe; reads take a reader lock for short sections and never wait for the
/// projection, which applies journal events in ordering order in batches under the writer lock.
/// </summary>
public sealed partial class ResourceView
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly FrozenDictionary<string, KindIndex> _kinds;
    private readonly ReadModelSettings _settings;
    private readonly TimeProvider _timeProvider;
    private TaskCompletionSource _changed = NewSignal();
    private long _position;
    private volatile bool _closed;

    internal ResourceView(ReadModelSettings settings, TimeProvider timeProvider, long position, IReadOnlyCollection<ViewObject> objects)
    {
        _settings = settings;
        _timeProvider = timeProvider;
        _position = position;
        var byKind = objects.ToLookup(resource => resource.Kind.Kind, StringComparer.Ordinal);
        _kinds = ResourceKinds.All.ToFrozenDictionary(
            kind => kind.Kind, kind => new KindIndex(kind, settings.WatchWindow, position, [.. byKind[kind.Kind]]), StringComparer.Ordinal);
    }

    /// <summary>The journal position the view has reached: every event up to it is applied. Lists are read at it.</summary>
    public long ResourceVersion => Volatile.Read(ref _position);

    /// <summary>The object, or null when it does not exist (as of <see cref="ResourceVersion"/>).</summary>
    public ViewObject? Get(ResourceKind kind, string? @namespace, string name)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(kind);
        _lock.EnterReadLock();
        try
        {
            return index.Get(new ObjectName(kind.Namespaced ? @namespace ?? "" : "", name));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>How many objects of <paramref name="kind"/> the view holds.</summary>
    public int Count(ResourceKind kind)
    {
        var index = IndexOf(kind);
        _lock.EnterReadLock();
        try
        {
            return index.Count;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>How many objects the view holds, of every kind.</summary>
    public int TotalCount
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _kinds.Values.Sum(index => index.Count);
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>
    /// Waits until the view has reached <paramref name="resourceVersion"/> (say, the one a write answered with), so a
    /// read that follows sees that write. False when <paramref name="timeout"/> passed first (never, for
    /// <see cref="Timeout.InfiniteTimeSpan"/>) or the view was closed.
    /// </summary>
    public async Task<bool> WaitForResourceVersionAsync(long resourceVersion, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var forever = timeout == Timeout.InfiniteTimeSpan;
        var started = _timeProvider.GetTimestamp();
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (ResourceVersion >= resourceVersion)
            {
                return true;
            }
            var remaining = forever ? Timeout.InfiniteTimeSpan : timeout - _timeProvider.GetElapsedTime(started);
            if (_closed || (!forever && remaining <= TimeSpan.Zero))
            {
                return false;
            }
            try
            {
                await changed.WaitAsync(remaining, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>Closes the view and releases its lock; only the projection that owns it does this, once nothing reads it any more.</summary>
    internal void Dispose()
    {
        Close();
        _lock.Dispose();
    }

    /// <summary>Ends every watch and wait: the projection behind the view has stopped.</summary>
    internal void Close()
    {
        _closed = true;
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    /// <summary>Every object in list order with the position they are current at: what a checkpoint stores.</summary>
    internal (long Position, List<ViewObject> Objects) Snapshot()
    {
        _lock.EnterReadLock();
        try
        {
            var objects = new List<ViewObject>(_kinds.Values.Sum(index => index.Count));
            foreach (var kind in ResourceKinds.All)
            {
                objects.AddRange(_kinds[kind.Kind].All());
            }
            return (_position, objects);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private KindIndex IndexOf(ResourceKind kind) =>
        _kinds.TryGetValue(kind.Kind, out var index) ? index : throw new ArgumentException($"{kind.Kind} is not a served kind", nameof(kind));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
