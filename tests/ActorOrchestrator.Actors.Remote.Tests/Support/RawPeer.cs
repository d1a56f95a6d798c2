using System.Buffers.Binary;
using System.Net.Sockets;

namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>A hand-driven TCP client for protocol tests: sends arbitrary bytes or frames and reads frames back.</summary>
internal sealed class RawPeer : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;

    private RawPeer(Socket socket)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>The local socket address, as the member names this peer before its handshake.</summary>
    public string LocalEndPoint => _socket.LocalEndPoint!.ToString()!;

    public static async Task<RawPeer> ConnectAsync(RemoteAddress address)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(address.Host, address.Port).ConfigureAwait(false);
        return new RawPeer(socket);
    }

    /// <summary>Accepts the next connection on <paramref name="listener"/> (a member dialling a fake address).</summary>
    public static async Task<RawPeer> AcceptAsync(TcpListener listener) => new(await listener.AcceptSocketAsync().ConfigureAwait(false));

    public async Task SendBytesAsync(byte[] bytes) => await _stream.WriteAsync(bytes).ConfigureAwait(false);

    public Task SendHandshakeAsync(RemoteAddress claimed, long uid, ushort version = Handshake.CurrentVersion)
    {
        using var frame = new FrameBuffer();
        new Handshake(version, uid, claimed).Write(frame);
        return SendBytesAsync(frame.Frame.ToArray());
    }

    public Task SendFrameAsync(Action<FrameBuffer> write)
    {
        using var frame = new FrameBuffer();
        write(frame);
        frame.Complete();
        return SendBytesAsync(frame.Frame.ToArray());
    }

    /// <summary>The next frame (type and body after the type byte), or null when the member closed the link.</summary>
    public async Task<(FrameType Type, byte[] Body)?> ReadFrameAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var prefix = new byte[4];
        if (!await ReadExactlyAsync(prefix, cancel.Token).ConfigureAwait(false))
        {
            return null;
        }
        var body = new byte[BinaryPrimitives.ReadInt32LittleEndian(prefix)];
        if (!await ReadExactlyAsync(body, cancel.Token).ConfigureAwait(false))
        {
            return null;
        }
        return ((FrameType)body[0], body[1..]);
    }

    /// <summary>Reads frames until one of <paramref name="type"/> arrives; null when the link closes first.</summary>
    public async Task<byte[]?> ReadUntilAsync(FrameType type, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var frame = await ReadFrameAsync(deadline - DateTime.UtcNow).ConfigureAwait(false);
            if (frame is null)
            {
                return null;
            }
            if (frame.Value.Type == type)
            {
                return frame.Value.Body;
            }
        }
        throw new TimeoutException($"no {type} frame within {timeout}");
    }

    /// <summary>True when the member closes the link within <paramref name="timeout"/> (frames before that are skipped).</summary>
    public async Task<bool> IsClosedByPeerAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                if (await ReadFrameAsync(deadline - DateTime.UtcNow).ConfigureAwait(false) is null)
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return false;
    }

    public async ValueTask DisposeAsync() => await _stream.DisposeAsync().ConfigureAwait(false);

    private async Task<bool> ReadExactlyAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await _stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                return false;
            }
            read += n;
        }
        return true;
    }
}
