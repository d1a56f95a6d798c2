using System.Text.Json.Nodes;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.NodeAgent.Agent.Nodes;

namespace ActorOrchestrator.NodeAgent.Agent;

/// <summary>The Node object: registration, then status writes when a condition changes or the heartbeat is due.</summary>
internal sealed partial class NodeAgentActor
{
    private MachineInfo _machine;
    private Node? _node;
    private DateTimeOffset _lastHeartbeat = DateTimeOffset.MinValue;

    private async Task UpdateNodeStatusAsync()
    {
        try
        {
            _machine = _machine.Refresh(_context.Settings.DataDir);
            var now = _context.Time.GetUtcNow();
            _node ??= await RegisterAsync(now);
            var heartbeat = now - _lastHeartbeat >= _context.Settings.NodeStatusUpdateInterval;
            var desired = _nodeBuilder.Build(_node, _machine, now, heartbeat);
            if (!heartbeat && _node.Status is not null && ApiSerializer.ToJsonBytes(desired.Status!).AsSpan().SequenceEqual(ApiSerializer.ToJsonBytes(_node.Status)))
            {
                return;
            }

            var update = desired with { Metadata = desired.Metadata with { ResourceVersion = null } };
            _node = (Node)await _context.Client.UpdateStatusAsync(update, WriteOptions.Default, CancellationToken.None);
            if (heartbeat)
            {
                _lastHeartbeat = now;
            }
        }
        catch (Exception exception)
        {
            _log.NodeWriteFailed(NodeName, exception);
        }
    }

    /// <summary>Creates the Node, or, when it exists, sets kubelet's labels on it (other labels, taints and the spec stay).</summary>
    private async Task<Node> RegisterAsync(DateTimeOffset now)
    {
        var fresh = _nodeBuilder.Build(null, _machine, now, heartbeat: true);
        Node registered;
        try
        {
            registered = (Node)await _context.Client.CreateAsync(fresh, WriteOptions.Default, CancellationToken.None);
        }
        catch (StatusException exception) when (exception.Code == 409)
        {
            var labels = new JsonObject();
            foreach (var (key, value) in fresh.Metadata.Labels ?? new Dictionary<string, string>())
            {
                labels[key] = value;
            }

            var patch = new JsonObject { ["metadata"] = new JsonObject { ["labels"] = labels } };
            registered = (Node)await _context.Client.PatchAsync(
                new ResourceKey(ResourceKinds.Node, null, NodeName), new PatchRequest(PatchType.MergePatch, patch), WriteOptions.Default, CancellationToken.None);
        }

        _context.Events.Record(registered, "Normal", "Starting", "Starting kubelet.");
        return registered;
    }
}
