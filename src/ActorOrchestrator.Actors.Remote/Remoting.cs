using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Remoting for one actor system: listens on <c>hostname:port</c>, opens one link per peer member on first send, and
/// carries messages to <see cref="RemoteActorRef"/>s, replies to remote senders and death watch across members.
/// <code>
/// await using var remoting = Remoting.Start(system, serializer, RemoteSettings.Default with { Port = 2552 });
/// var echo = remoting.ActorFor("ao://other@10.0.0.2:2552/user/echo");
/// echo.Tell(new Ping(1), self);
/// </code>
/// It stops when its system terminates (after the system's actors, so their death notifications still go out) or
/// when disposed.
/// </summary>
public sealed partial class Remoting : IAsyncDisposable
{
    private static readonly ConditionalWeakTable<ActorSystem, Remoting> Instances = [];

    private readonly Socket _listener;
    private readonly CancellationTokenSource _shutdown = new();
    private readonly ConcurrentDictionary<Type, bool> _reportedTypes = new();
    private readonly ITimer _ticker;
    private int _ticking;
    private long _tickCount;
    private Task? _stopped;

    private Remoting(ActorSystem system, IMessageSerializer serializer, RemoteSettings settings, Socket listener, RemoteAddress address)
    {
        System = system;
        Serializer = serializer;
        Settings = settings;
        _listener = listener;
        Address = address;
        Uid = Random.Shared.NextInt64(1, long.MaxValue);
        Logger = system.LoggerFactory.CreateLogger("ActorOrchestrator.Actors.Remote");
        Associations = new AssociationRegistry(this);
        Provider = new RemoteRefProvider(this);
        var handshake = new FrameBuffer(256);
        new Handshake(Handshake.CurrentVersion, Uid, address).Write(handshake);
        HandshakeFrame = handshake.Frame.ToArray();
        handshake.Dispose();
        _ticker = TimeProvider.CreateTimer(static state => ((Remoting)state!).Tick(), this, settings.HeartbeatInterval, settings.HeartbeatInterval);
    }

    public ActorSystem System { get; }

    public RemoteSettings Settings { get; }

    /// <summary>Where peers reach this member: <c>ao://system@hostname:port</c> (the real port when 0 was configured).</summary>
    public RemoteAddress Address { get; }

    /// <summary>Unique id of this incarnation of the member; a restarted process gets a new one.</summary>
    public long Uid { get; }

    public RemoteMetrics Metrics { get; } = new();

    internal IMessageSerializer Serializer { get; }

    internal ILogger Logger { get; }

    internal TimeProvider TimeProvider => System.TimeProvider;

    internal RemoteRefProvider Provider { get; }

    internal AssociationRegistry Associations { get; }

    internal QuarantineRegistry QuarantinedIncarnations { get; } = new();

    internal CancellationToken ShutdownToken => _shutdown.Token;

    /// <summary>This member's handshake frame, the same for every link.</summary>
    internal ReadOnlyMemory<byte> HandshakeFrame { get; }

    /// <summary>
    /// Starts remoting for <paramref name="system"/>: binds <see cref="RemoteSettings.Hostname"/>:<see cref="RemoteSettings.Port"/>
    /// and accepts peers. Messages travel as JSON under the manifests of <paramref name="serializer"/>; refs inside
    /// messages need <see cref="ActorRefJsonConverter"/> in its options.
    /// </summary>
    /// <exception cref="InvalidOperationException">The address cannot be bound, or the system already has remoting.</exception>
    public static Remoting Start(ActorSystem system, IMessageSerializer serializer, RemoteSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(serializer);
        settings = (settings ?? RemoteSettings.Default).Validate();
        var listener = Listen(settings);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var remoting = new Remoting(system, serializer, settings, listener, new RemoteAddress(system.Name, settings.Hostname, port));
        if (!Instances.TryAdd(system, remoting))
        {
            listener.Dispose();
            remoting._ticker.Dispose();
            throw new InvalidOperationException($"Remoting is already started for actor system '{system.Name}'");
        }
        _ = Task.Run(remoting.AcceptLoopAsync);
        system.WhenTerminated.ContinueWith(static (_, state) => ((Remoting)state!).StopAsync(), remoting, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        RemoteLog.Listening(remoting.Logger, system.Name, remoting.Address.ToString(), remoting.Uid);
        return remoting;
    }

    /// <summary>The remoting started for <paramref name="system"/>, or null.</summary>
    public static Remoting? Get(ActorSystem system) => Instances.TryGetValue(system, out var remoting) ? remoting : null;

    /// <summary>
    /// The actor at <paramref name="fullPath"/> (<c>ao://system@host:port/user/name</c>, optionally <c>#uid</c>): a
    /// <see cref="RemoteActorRef"/>, or the local actor when the address is this member's (dead letters when it does
    /// not exist). No message is exchanged; the link opens on the first send.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a path.</exception>
    public IActorRef ActorFor(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        return Provider.ResolveFullPath(fullPath);
    }

    /// <summary>The actor at <paramref name="path"/> (<c>/user/name</c>) in the member at <paramref name="address"/>.</summary>
    public IActorRef ActorFor(RemoteAddress address, string path)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(path);
        return Provider.ResolveFullPath(address + (path.StartsWith('/') ? path : "/" + path));
    }

    /// <summary>The address peers use for <paramref name="actor"/>: <c>ao://system@host:port/path#uid</c>.</summary>
    public string FullPathOf(IActorRef actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Provider.FullPathOf(actor);
    }

    /// <summary>
    /// Quarantines incarnation <paramref name="uid"/> of the member at <paramref name="address"/> for good (e.g. it was
    /// removed from the cluster): its watched actors are reported terminated and it can never associate again.
    /// </summary>
    public void Quarantine(RemoteAddress address, long uid, string reason)
    {
        ArgumentNullException.ThrowIfNull(address);
        Associations.GetOrCreate(address).Quarantine(uid, reason);
    }

    /// <summary>UID of the incarnation of <paramref name="address"/> this member is associated with; 0 when none.</summary>
    public long PeerUid(RemoteAddress address) =>
        Associations.TryGet(address, out var association) ? association!.PeerUid : 0;

    /// <summary>Tells every peer this member is leaving, closes the links and stops listening; idempotent.</summary>
    public Task StopAsync()
    {
        lock (_shutdown)
        {
            return _stopped ??= StopCoreAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    public override string ToString() => $"Remoting({Address}, uid {Uid})";

    /// <summary>Publishes <paramref name="lifecycleEvent"/> on the system's event stream, off the caller's locks.</summary>
    internal void Publish(RemotingLifecycleEvent lifecycleEvent) =>
        ThreadPool.QueueUserWorkItem(static state => state.System.EventStream.Publish(state.Event), (System, Event: lifecycleEvent), preferLocal: false);

    internal long ToTimestampTicks(TimeSpan duration) => (long)(duration.TotalSeconds * TimeProvider.TimestampFrequency);

    internal TimeSpan ToTimeSpan(long timestampTicks) => TimeSpan.FromSeconds((double)timestampTicks / TimeProvider.TimestampFrequency);

    /// <summary>Logs the first drop of each unregistered message type; later ones are only counted.</summary>
    internal void LogUnregisteredType(Type type, RemoteActorRef recipient)
    {
        if (_reportedTypes.TryAdd(type, true))
        {
            RemoteLog.UnregisteredTypeDropped(Logger, type.FullName, recipient.FullPath);
        }
    }

    private static Socket Listen(RemoteSettings settings)
    {
        try
        {
            var ip = IPAddress.TryParse(settings.Hostname, out var parsed) ? parsed : Dns.GetHostAddresses(settings.Hostname)[0];
            var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(ip, settings.Port));
                socket.Listen(512);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        catch (SocketException e)
        {
            throw new InvalidOperationException(
                $"Remoting cannot listen on {settings.Hostname}:{settings.Port} (ao.remote.hostname, ao.remote.port): {e.Message}", e);
        }
    }

    private async Task StopCoreAsync()
    {
        await _ticker.DisposeAsync().ConfigureAwait(false);
        _listener.Dispose();
        var closing = Associations.All.Select(a => a.ShutdownAsync()).ToArray();
        await Task.WhenAny(Task.WhenAll(closing), Task.Delay(TimeSpan.FromSeconds(3), TimeProvider)).ConfigureAwait(false);
        await _shutdown.CancelAsync().ConfigureAwait(false);
        Instances.Remove(System);
        RemoteLog.Stopped(Logger, Address.ToString());
    }

    private void Tick()
    {
        if (Interlocked.Exchange(ref _ticking, 1) != 0)
        {
            return;
        }
        try
        {
            foreach (var association in Associations.All)
            {
                association.Tick();
            }
            if (++_tickCount % 60 == 0)
            {
                Provider.Sweep();
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }
}
