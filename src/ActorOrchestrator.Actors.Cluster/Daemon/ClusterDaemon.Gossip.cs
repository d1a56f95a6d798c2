using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Daemon;

internal sealed partial class ClusterDaemon
{
    /// <summary>
    /// Gossips to one reachable member, preferring (gossip-different-view-probability) one that has not seen the
    /// current version: it gets the whole gossip, a member that has seen it only the status digest.
    /// </summary>
    private void GossipToAPeer()
    {
        var candidates = _state.Gossip.Members.Keys.Where(node => node != _self && _state.IsReachable(node)).ToList();
        if (_state.SelfMember is null || candidates.Count == 0)
        {
            return;
        }
        var notSeen = candidates.Where(node => !_state.Gossip.SeenBy(node)).ToList();
        var pool = notSeen.Count > 0 && Random.Shared.NextDouble() < _settings.GossipDifferentViewProbability ? notSeen : candidates;
        var target = pool[Random.Shared.Next(pool.Count)];
        if (_state.Gossip.SeenBy(target))
        {
            PeerAt(target.Address).Tell(_state.Status(), Self);
        }
        else
        {
            SendGossipTo(target);
        }
    }

    private void SendGossipTo(UniqueAddress target) => PeerAt(target.Address).Tell(new GossipEnvelope(_self, target, _state.Gossip), Self);

    private void HandleGossip(GossipEnvelope envelope)
    {
        if (envelope.To != _self)
        {
            ClusterLog.GossipIgnored(_log, envelope.From.ToString(), $"addressed to another incarnation {envelope.To}");
            return;
        }
        var receipt = _state.ReceiveGossip(envelope.From, envelope.Gossip);
        switch (receipt.Kind)
        {
            case GossipReceiptKind.SelfRemoved:
                ShutDown(ShutdownReason.ClusterDowning, $"the gossip from {envelope.From} says this member was removed");
                return;
            case GossipReceiptKind.IgnoredNotAMember or GossipReceiptKind.IgnoredUnknownSender:
                ClusterLog.GossipIgnored(_log, envelope.From.ToString(), receipt.Kind.ToString());
                return;
        }
        Update(receipt.State);
        if (receipt.Talkback && _state.Gossip.HasMember(envelope.From))
        {
            SendGossipTo(envelope.From);
        }
    }

    private void HandleGossipStatus(GossipStatus status)
    {
        switch (_state.AnswerGossipStatus(status))
        {
            case GossipStatusAnswer.SendGossip:
                SendGossipTo(status.From);
                break;
            case GossipStatusAnswer.SendStatus:
                PeerAt(status.From.Address).Tell(_state.Status(), Self);
                break;
        }
    }

    /// <summary>The leader's duties, with how long convergence has been missing, then tombstone pruning.</summary>
    private void PerformLeaderActions()
    {
        if (_state.SelfMember is null)
        {
            return;
        }
        var now = Now;
        if (_state.HasConvergence())
        {
            _unconvergedSince = null;
        }
        else
        {
            _unconvergedSince ??= now;
        }
        var wallClock = _time.GetUtcNow();
        var result = LeaderActions.Perform(_state, _settings, now - (_unconvergedSince ?? now), wallClock);
        var pruned = result.State.Gossip.PruneTombstones(wallClock - _settings.PruneGossipTombstonesAfter);
        Update(ReferenceEquals(pruned, result.State.Gossip) ? result.State : result.State with { Gossip = pruned });
    }
}
