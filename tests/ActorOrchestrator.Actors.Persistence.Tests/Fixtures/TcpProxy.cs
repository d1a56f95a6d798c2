using System.Net;
using System.Net.Sockets;

namespace ActorOrchestrator.Actors.Persistence.Tests.Fixtures;

/// <summary>
/// Forwards a loopback port to a server, and can cut every connection and refuse new ones (the database "goes away")
/// and come back on the same port.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _running;
    private Task? _accepting;

    public TcpProxy(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Start()
    {
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _accepting = AcceptAsync(_listener, _running.Token);
    }

    /// <summary>Closes the listening socket and every forwarded connection.</summary>
    public async Task StopAsync()
    {
        if (_running is null)
        {
            return;
        }
        await _running.CancelAsync();
        _listener!.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                if (connection.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
                connection.Dispose();
            }
            _connections.Clear();
        }
        await _accepting!.ContinueWith(_ => { }, TaskScheduler.Default);
        _running.Dispose();
        _running = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            var server = new TcpClient();
            await server.ConnectAsync(_target, cancellationToken);
            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(server);
            }
            _ = PumpAsync(client, server, _connections, cancellationToken);
            _ = PumpAsync(server, client, _connections, cancellationToken);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, List<TcpClient> connections, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.GetStream().ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    break;
                }
                await to.GetStream().WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
        }
        lock (connections)
        {
            // Under the lock so that StopAsync never sets the linger option of a socket this pump is disposing.
            connections.Remove(from);
            connections.Remove(to);
            from.Dispose();
            to.Dispose();
        }
    }
}
