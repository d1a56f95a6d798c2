using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Daemon;

internal sealed partial class ClusterDaemon
{
    /// <summary>Sends a heartbeat request to each member this one monitors and forgets the ones it no longer does.</summary>
    private void SendHeartbeats()
    {
        if (_state.SelfMember is null)
        {
            return;
        }
        var now = Now;
        var ring = new HeartbeatNodeRing(
            _self,
            _state.Gossip.Members.Keys,
            _state.Gossip.Reachability.AllUnreachableOrTerminated,
            _settings.FailureDetector.MonitoredByNrOfMembers);
        var receivers = ring.Receivers;
        foreach (var receiver in receivers)
        {
            PeerAt(receiver.Address).Tell(new Heartbeat(_self, ++_heartbeatSequence, now), Self);
            _detectors = _detectors.ExpectResponses(receiver, now);
        }
        foreach (var dropped in _detectors.Monitored.Where(node => !receivers.Contains(node)).ToList())
        {
            _detectors = _detectors.Remove(dropped);
        }
    }

    private void AnswerHeartbeat(Heartbeat heartbeat) =>
        PeerAt(heartbeat.From.Address).Tell(new HeartbeatRsp(_self, heartbeat.SequenceNr, heartbeat.SentAt), Self);

    private void RecordHeartbeatAnswer(HeartbeatRsp answer)
    {
        if (_state.Gossip.HasMember(answer.From))
        {
            _detectors = _detectors.Heartbeat(answer.From, Now);
        }
    }

    /// <summary>
    /// Marks members the failure detector gave up on as unreachable (and those that answer again as reachable),
    /// then lets the split-brain resolver decide on the leader once the situation has been stable long enough.
    /// </summary>
    private void ReapUnreachableMembers()
    {
        if (_state.SelfMember is null)
        {
            return;
        }
        var now = Now;
        var unavailable = _detectors.Unavailable(now).Where(_state.Gossip.HasMember).ToHashSet();
        var reachability = _state.Gossip.Reachability;
        var observed = reachability.AllUnreachableFrom(_self);
        var lost = unavailable.Where(node => !observed.Contains(node)).ToList();
        var back = observed.Where(node => !unavailable.Contains(node) && reachability.StatusOf(_self, node) == ReachabilityStatus.Unreachable).ToList();
        foreach (var node in lost)
        {
            ClusterLog.MarkedUnreachable(_log, node.ToString(), _detectors.Phi(node, now));
        }
        foreach (var node in back)
        {
            ClusterLog.MarkedReachable(_log, node.ToString());
        }
        Update(_state.MarkUnreachable(lost).MarkReachable(back));
        ResolveSplitBrain(now);
    }

    private void ResolveSplitBrain(TimeSpan now)
    {
        var resolver = _settings.SplitBrainResolver;
        var unreachable = _state.UnreachableMembers().Select(static m => m.UniqueAddress);
        _stability = _stability.Observe(_state.Gossip.Members.Values, unreachable, now, resolver);
        if (!_state.IsLeader)
        {
            return;
        }
        var decision = SplitBrainResolver.Resolve(_state, _stability.Evaluate(now, resolver), resolver);
        var toDown = decision.ToDown.Where(node => _state.Gossip.MemberOf(node)?.Status != MemberStatus.Down).ToList();
        if (toDown.Count == 0)
        {
            return;
        }
        ClusterLog.Downing(_log, string.Join(", ", toDown), decision.Reason);
        Update(toDown.Aggregate(_state, static (state, node) => state.Down(node)));
    }
}
