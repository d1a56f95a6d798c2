namespace ActorOrchestrator.Actors.Remote;

/// <summary>The peer closed the link with a <see cref="FrameType.Disassociate"/> frame.</summary>
internal sealed class PeerDisassociatedException(DisassociateReason reason, string detail)
    : Exception($"the peer closed the link ({reason}): {detail}")
{
    public DisassociateReason Reason { get; } = reason;

    public string Detail { get; } = detail;
}
