using System.Net.Sockets;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>Accepting links from peers and checking handshakes.</summary>
public sealed partial class Remoting
{
    /// <summary>Why <paramref name="handshake"/> is not acceptable, or null when it is.</summary>
    internal string? CheckHandshake(Handshake handshake, RemoteAddress? expected)
    {
        if (handshake.Version != Handshake.CurrentVersion)
        {
            return $"it speaks remoting protocol version {handshake.Version}, this member speaks version {Handshake.CurrentVersion}";
        }
        if (expected is not null && !handshake.Address.Equals(expected))
        {
            return $"it says it is {handshake.Address}, but {expected} was dialled";
        }
        if (handshake.Address.Equals(Address) || handshake.Uid == Uid)
        {
            return $"it claims to be this member ({handshake.Address}, uid {handshake.Uid})";
        }
        return null;
    }

    /// <summary>Tells the peer why its link is refused (best effort) and closes it.</summary>
    internal async Task RejectAsync(Connection connection, DisassociateReason reason, string detail)
    {
        using var frame = new FrameBuffer(256);
        frame.Begin(FrameType.Disassociate);
        frame.WriteByte((byte)reason);
        frame.WriteString(detail);
        frame.Complete();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await connection.WriteFrameAsync(frame.Frame.ToArray(), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // The peer is gone already; there is no one left to tell.
        }
        connection.Close(null);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_shutdown.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_shutdown.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                if (_stopped is not null)
                {
                    return;
                }
                RemoteLog.AcceptFailed(Logger, Address.ToString(), e.Message);
                continue;
            }
            _ = Task.Run(() => HandleInboundAsync(socket));
        }
    }

    private async Task HandleInboundAsync(Socket socket)
    {
        var connection = Connection.Accepted(socket, Settings.MaximumFrameSize);
        try
        {
            var handshake = await connection.ReadHandshakeAsync(Settings.HandshakeTimeout, _shutdown.Token).ConfigureAwait(false);
            connection.Peer = handshake;
            if (CheckHandshake(handshake, expected: null) is { } problem)
            {
                Metrics.AddProtocolErrorClose();
                RemoteLog.InboundRefused(Logger, connection.PeerDescription, DisassociateReason.HandshakeRejected, problem);
                await RejectAsync(connection, DisassociateReason.HandshakeRejected, problem).ConfigureAwait(false);
                return;
            }
            var association = Associations.GetOrCreate(handshake.Address);
            var decision = association.AcceptInbound(connection, handshake);
            if (!decision.Accepted)
            {
                if (decision.Reason != DisassociateReason.Duplicate)
                {
                    RemoteLog.InboundRefused(Logger, connection.PeerDescription, decision.Reason, decision.Detail);
                }
                await RejectAsync(connection, decision.Reason, decision.Detail).ConfigureAwait(false);
                return;
            }
            RemoteLog.Associated(Logger, handshake.Address.ToString(), handshake.Uid, "inbound");
            association.Run(connection, decision.Queue!, HandshakeFrame);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (e is MalformedFrameException)
            {
                Metrics.AddProtocolErrorClose();
            }
            if (!_shutdown.IsCancellationRequested)
            {
                RemoteLog.InboundFailed(Logger, connection.PeerDescription, e.Message);
            }
            connection.Close(null);
        }
    }
}
