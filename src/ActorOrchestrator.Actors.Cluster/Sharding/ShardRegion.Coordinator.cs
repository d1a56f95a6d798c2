using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// Registering with the coordinator. In a cluster the region talks to it through the singleton proxy and watches the
/// coordinator that acknowledged: when that one terminates (it moved to another member, or restarts), the region
/// registers again, and buffers messages for unknown homes until the new one answers.
/// </summary>
internal sealed partial class ShardRegion
{
    private readonly CoordinatorPlacement _placement;
    private IActorRef? _registeredWith;
    private bool _registered;

    private IActorRef Coordinator => _placement.Coordinator;

    private void StartLocatingCoordinator()
    {
        Context.Log.LogInformation("Shard region {TypeName} uses coordinator {Coordinator}", _typeName, Coordinator.Path);
        if (!_placement.Moves)
        {
            Context.Watch(Coordinator);
        }
        RegisterWithCoordinator();
    }

    private void RegisterWithCoordinator()
    {
        object register = IsProxy ? new RegisterProxy(Self) : new Register(Self, [.. _localShards.Keys]);
        Coordinator.Tell(register, Self);
    }

    private void HandleRegisterAck(RegisterAck ack)
    {
        if (_placement.Moves)
        {
            if (_registeredWith is not null && !_registeredWith.Equals(ack.Coordinator))
            {
                Context.Unwatch(_registeredWith);
            }
            _registeredWith = ack.Coordinator;
            Context.Watch(ack.Coordinator);
        }
        else if (!ack.Coordinator.Equals(Coordinator))
        {
            return;
        }
        _registered = true;
        foreach (var shard in _buffers.Keys)
        {
            AskForHome(shard);
        }
    }

    /// <summary>True when <paramref name="actor"/> was the coordinator: the region registers again.</summary>
    private bool HandleCoordinatorTerminated(IActorRef actor)
    {
        var wasCoordinator = _placement.Moves ? actor.Equals(_registeredWith) : actor.Equals(Coordinator);
        if (!wasCoordinator)
        {
            return false;
        }
        Context.Log.LogInformation("Shard region {TypeName}: coordinator {Coordinator} is gone; registering again", _typeName, actor.Path);
        _registeredWith = null;
        _registered = false;
        RegisterWithCoordinator();
        return true;
    }
}
