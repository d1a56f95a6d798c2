using ActorOrchestrator.Actors.Cluster.Events;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Remote;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>Finding the coordinator (following the oldest member in a cluster) and registering with it.</summary>
internal sealed partial class ShardRegion
{
    private readonly CoordinatorPlacement _placement;
    private readonly Dictionary<UniqueAddress, Member> _members = [];
    private IActorRef? _coordinator;
    private bool _registered;

    private void StartLocatingCoordinator()
    {
        if (_placement.Cluster is { } cluster)
        {
            cluster.Subscribe(Self);
        }
        else
        {
            UseCoordinator(_placement.Fixed!);
        }
    }

    private void StopLocatingCoordinator() => _placement.Cluster?.Unsubscribe(Self);

    private void HandleClusterState(CurrentClusterState state)
    {
        _members.Clear();
        foreach (var member in state.Members)
        {
            _members[member.UniqueAddress] = member;
        }
        FollowOldestMember();
    }

    private void HandleMemberEvent(IMemberEvent memberEvent)
    {
        if (memberEvent is MemberRemoved)
        {
            _members.Remove(memberEvent.Member.UniqueAddress);
        }
        else
        {
            _members[memberEvent.Member.UniqueAddress] = memberEvent.Member;
        }
        FollowOldestMember();
    }

    private void FollowOldestMember()
    {
        var cluster = _placement.Cluster!;
        if (MemberAge.Oldest(_members.Values, _settings.Role) is not { } oldest)
        {
            return;
        }
        var local = Context.Child(CoordinatorPlacement.ChildName);
        IActorRef coordinator;
        if (oldest.UniqueAddress.Equals(cluster.SelfAddress) && !IsProxy)
        {
            coordinator = local is null || local.IsNobody() ? Context.ActorOf(_placement.CoordinatorProps!, CoordinatorPlacement.ChildName) : local;
        }
        else
        {
            if (local is not null && !local.IsNobody())
            {
                Context.Stop(local);
            }
            var address = new RemoteAddress(Context.System.Name, oldest.Address.Host, oldest.Address.Port);
            coordinator = _placement.Remoting!.ActorFor(address, "/" + string.Join("/", Self.Path.Elements) + "/" + CoordinatorPlacement.ChildName);
        }
        if (_coordinator is null || !coordinator.Path.Equals(_coordinator.Path))
        {
            UseCoordinator(coordinator);
        }
    }

    private void UseCoordinator(IActorRef coordinator)
    {
        Context.Log.LogInformation("Shard region {TypeName} uses coordinator {Coordinator}", _typeName, coordinator.Path);
        _coordinator = coordinator;
        _registered = false;
        Context.Watch(coordinator);
        RegisterWithCoordinator();
    }

    private void RegisterWithCoordinator()
    {
        object register = IsProxy ? new RegisterProxy(Self) : new Register(Self, [.. _localShards.Keys]);
        _coordinator?.Tell(register, Self);
    }

    private void HandleRegisterAck(RegisterAck ack)
    {
        if (_coordinator is null || !ack.Coordinator.Path.Equals(_coordinator.Path))
        {
            return;
        }
        _registered = true;
        foreach (var shard in _buffers.Keys)
        {
            AskForHome(shard);
        }
    }
}
