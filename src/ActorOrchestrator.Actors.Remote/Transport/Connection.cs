using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// One TCP link to a peer: a socket with a pipe each way. Before the handshake it reads and writes single frames;
/// once started, a read loop hands every frame to the <see cref="InboundFrameHandler"/> and a write loop drains the
/// association's queue through the <see cref="FrameEncoder"/>, flushing in batches.
/// </summary>
internal sealed class Connection
{
    private readonly Socket _socket;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _maximumFrameSize;
    private Action<Connection, Exception?>? _onClosed;
    private int _closing;

    private Connection(Socket socket, bool isOutbound, string endpoint, int maximumFrameSize)
    {
        socket.NoDelay = true;
        _socket = socket;
        _maximumFrameSize = maximumFrameSize;
        var stream = new NetworkStream(socket, ownsSocket: false);
        _input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024));
        _output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024));
        IsOutbound = isOutbound;
        Endpoint = endpoint;
    }

    /// <summary>True when this member opened the link.</summary>
    public bool IsOutbound { get; }

    /// <summary>The peer's socket address (<c>ip:port</c>), for log lines before the handshake says who it is.</summary>
    public string Endpoint { get; }

    /// <summary>The peer's handshake, once received.</summary>
    public Handshake? Peer { get; set; }

    /// <summary>Who the peer is, as precisely as known: <c>ao://sys@host:port (uid N, ip:port)</c> or the socket address.</summary>
    public string PeerDescription => Peer is { } peer ? $"{peer.Address} (uid {peer.Uid}, {Endpoint})" : Endpoint;

    public Task Closed => _closed.Task;

    public static async Task<Connection> ConnectAsync(RemoteAddress address, TimeSpan timeout, int maximumFrameSize, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"connecting to {address.HostPort} took longer than {timeout.TotalSeconds:0.###} s (connection-timeout)");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new Connection(socket, isOutbound: true, address.HostPort, maximumFrameSize);
    }

    public static Connection Accepted(Socket socket, int maximumFrameSize) =>
        new(socket, isOutbound: false, socket.RemoteEndPoint?.ToString() ?? "unknown peer", maximumFrameSize);

    /// <summary>Writes one complete frame and flushes it (handshake, rejection); only before <see cref="Start"/>.</summary>
    public async Task WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        _output.Write(frame.Span);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the peer's first frame, which must be its handshake. Throws <see cref="TimeoutException"/>,
    /// <see cref="MalformedFrameException"/>, <see cref="PeerDisassociatedException"/> or <see cref="EndOfStreamException"/>.
    /// </summary>
    public async Task<Handshake> ReadHandshakeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(timeoutSource.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                if (FrameParser.TryTake(ref buffer, _maximumFrameSize, out var frame))
                {
                    var handshake = ParseFirstFrame(frame.ToArray());
                    _input.AdvanceTo(buffer.Start);
                    return handshake;
                }
                if (result.IsCompleted)
                {
                    throw new EndOfStreamException("the peer closed the link before sending its handshake");
                }
                _input.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no handshake within {timeout.TotalSeconds:0.###} s (handshake-timeout)");
        }
    }

    /// <summary>
    /// Starts the read and write loops; the write loop first sends <paramref name="firstFrame"/> (the handshake of an
    /// accepted link), if any. <paramref name="onClosed"/> runs once when the link closes, with the cause.
    /// </summary>
    public void Start(
        InboundFrameHandler handler, FrameEncoder encoder, OutboundQueue queue, int flushThreshold,
        ReadOnlyMemory<byte> firstFrame, Action<Connection, Exception?> onClosed)
    {
        _onClosed = onClosed;
        if (Volatile.Read(ref _closing) != 0)
        {
            onClosed(this, null);
            return;
        }
        _ = Task.Run(() => ReadLoopAsync(handler));
        _ = Task.Run(() => WriteLoopAsync(encoder, queue, flushThreshold, firstFrame));
    }

    /// <summary>Closes the link at once (idempotent); <paramref name="cause"/> is reported to the close callback.</summary>
    public void Close(Exception? cause)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }
        _stop.Cancel();
        _socket.Dispose();
        _closed.TrySetResult();
        _onClosed?.Invoke(this, cause);
    }

    private static Handshake ParseFirstFrame(byte[] frame)
    {
        var reader = new FrameReader(frame);
        var type = (FrameType)reader.ReadByte();
        switch (type)
        {
            case FrameType.Handshake:
                return Handshake.Read(ref reader);
            case FrameType.Disassociate:
                var reason = (DisassociateReason)reader.ReadByte();
                throw new PeerDisassociatedException(reason, reader.ReadString());
            default:
                throw new MalformedFrameException($"the first frame is of type {(byte)type}, not a handshake");
        }
    }

    private async Task ReadLoopAsync(InboundFrameHandler handler)
    {
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(_stop.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                handler.BeginBatch();
                buffer = HandleFrames(handler, buffer);
                handler.EndBatch();
                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    Close(new EndOfStreamException("the peer closed the link"));
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && _stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Close(e);
        }
        finally
        {
            handler.EndBatch();
            await _input.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Hands every complete frame of <paramref name="buffer"/> to the handler and returns what is left: frames inside
    /// one segment are read straight from its span, only a frame split across segments is copied.
    /// </summary>
    private ReadOnlySequence<byte> HandleFrames(InboundFrameHandler handler, ReadOnlySequence<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var span = buffer.FirstSpan;
            var offset = FrameParser.HandleWhole(span, _maximumFrameSize, handler);
            if (offset > 0)
            {
                buffer = buffer.Slice(offset);
                continue;
            }
            if (!FrameParser.TryTake(ref buffer, _maximumFrameSize, out var frame))
            {
                break;
            }
            if (frame.IsSingleSegment)
            {
                handler.Handle(frame.FirstSpan);
            }
            else
            {
                HandleSplitFrame(handler, frame);
            }
        }
        return buffer;
    }

    private static void HandleSplitFrame(InboundFrameHandler handler, ReadOnlySequence<byte> frame)
    {
        var length = (int)frame.Length;
        var copy = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            frame.CopyTo(copy);
            handler.Handle(copy.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    private async Task WriteLoopAsync(FrameEncoder encoder, OutboundQueue queue, int flushThreshold, ReadOnlyMemory<byte> firstFrame)
    {
        try
        {
            if (!firstFrame.IsEmpty)
            {
                _output.Write(firstFrame.Span);
                await _output.FlushAsync(_stop.Token).ConfigureAwait(false);
            }
            while (await queue.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                while (queue.TryRead(out var envelope))
                {
                    encoder.Write(envelope, _output);
                    if (_output.UnflushedBytes >= flushThreshold)
                    {
                        await FlushAsync(encoder).ConfigureAwait(false);
                    }
                }
                await FlushAsync(encoder).ConfigureAwait(false);
            }
            // The association completed the queue (shutdown, replaced link): everything is written; end our side.
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && _stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Close(e);
        }
        finally
        {
            encoder.DropRemaining(queue);
            encoder.Dispose();
            await CompleteOutputAsync().ConfigureAwait(false);
        }
    }

    private async Task CompleteOutputAsync()
    {
        try
        {
            await _output.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The socket is already gone; the pipe has returned its buffers regardless.
        }
    }

    private async ValueTask FlushAsync(FrameEncoder encoder)
    {
        encoder.Flushed();
        await _output.FlushAsync(_stop.Token).ConfigureAwait(false);
    }
}
