using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Following the membership: rebalancing pauses while members join or are unreachable, and regions of members that
/// left the cluster (recorded by an earlier coordinator, say) are dropped so their shards are allocated again.
/// </summary>
internal sealed partial class CoordinatorLogic
{
    private readonly Dictionary<UniqueAddress, Member> _members = [];
    private readonly HashSet<UniqueAddress> _unreachable = [];
    private readonly List<GetShardHome> _askedBeforeMembersKnown = [];
    private bool _membersKnown;

    private bool RebalancePaused() =>
        _unreachable.Count > 0 || _members.Values.Any(static m => m.Status is MemberStatus.Joining or MemberStatus.WeaklyUp);

    private void TrackMembers(CurrentClusterState state)
    {
        _members.Clear();
        _unreachable.Clear();
        foreach (var member in state.Members)
        {
            _members[member.UniqueAddress] = member;
        }
        foreach (var member in state.Unreachable)
        {
            _unreachable.Add(member.UniqueAddress);
        }
        _membersKnown = true;
        DropRegionsOfDepartedMembers();
        foreach (var request in _askedBeforeMembersKnown)
        {
            AnswerShardHome(request.Shard, request.Region);
        }
        _askedBeforeMembersKnown.Clear();
    }

    private void TrackMember(IClusterDomainEvent clusterEvent)
    {
        switch (clusterEvent)
        {
            case MemberRemoved removed:
                _members.Remove(removed.Member.UniqueAddress);
                _unreachable.Remove(removed.Member.UniqueAddress);
                DropRegionsOfDepartedMembers();
                break;
            case IMemberEvent changed:
                _members[changed.Member.UniqueAddress] = changed.Member;
                if (changed.Member.Status == MemberStatus.Down)
                {
                    DropRegionsOfDepartedMembers();
                }
                break;
            case UnreachableMember unreachable:
                _unreachable.Add(unreachable.Member.UniqueAddress);
                break;
            case ReachableMember reachable:
                _unreachable.Remove(reachable.Member.UniqueAddress);
                break;
        }
    }

    private void DropRegionsOfDepartedMembers()
    {
        if (!_membersKnown || _cluster is null)
        {
            return;
        }
        foreach (var region in _state.Regions.Keys.ToList())
        {
            if (!IsAtLiveMember(region))
            {
                HandleRegionGone(region, "its member is not in the cluster any more");
            }
        }
    }

    private bool IsAtLiveMember(IActorRef region)
    {
        var (host, port) = region is RemoteActorRef remote
            ? (remote.Address.Host, remote.Address.Port)
            : (_cluster!.SelfAddress.Host, _cluster.SelfAddress.Port);
        return _members.Values.Any(m => m.Address.Host == host && m.Address.Port == port && m.Status is not (MemberStatus.Down or MemberStatus.Removed));
    }
}
