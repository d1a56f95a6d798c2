using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Agent.Status;
using ApiContainerState = ActorOrchestrator.Api.Core.ContainerState;
using RuntimeContainerState = ActorOrchestrator.NodeAgent.Runtime.ContainerState;
using RuntimeContainerStatus = ActorOrchestrator.NodeAgent.Runtime.ContainerStatus;

namespace ActorOrchestrator.NodeAgent.Agent.Pods;

/// <summary>Records from the pod's last status and, after an agent restart, from the instances the runtime still holds.</summary>
internal sealed partial class PodWorker
{
    private void InitializeRecords(AdoptedPod? adopted)
    {
        var previous = (_pod.Status?.InitContainerStatuses ?? []).Concat(_pod.Status?.ContainerStatuses ?? []).ToArray();
        foreach (var (spec, init) in AllContainers())
        {
            var name = spec.Name ?? "";
            (init ? _initNames : _appNames).Add(name);
            var known = previous.FirstOrDefault(status => status.Name == name);
            _records[name] = new ContainerRecord(name, spec.Image ?? "")
            {
                RestartCount = known?.RestartCount ?? 0,
                LastTerminated = known?.LastState?.Terminated,
            };
            if (known?.ContainerID is not null)
            {
                _ranBefore.Add(name);
            }
        }

        if (adopted is null)
        {
            return;
        }

        _sandboxId = adopted.Sandbox.Id;
        _podIP = adopted.Sandbox.Ip;
        _startTime = _pod.Status?.StartTime ?? adopted.Sandbox.CreatedAt;
        foreach (var instances in adopted.Containers.GroupBy(container => container.Metadata.Name))
        {
            if (_records.ContainsKey(instances.Key))
            {
                Adopt(instances.OrderBy(instance => instance.Metadata.Attempt).ToArray());
            }
        }
    }

    private void Adopt(IReadOnlyList<RuntimeContainerStatus> instances)
    {
        var current = instances[^1];
        var name = current.Metadata.Name;
        var lastExited = instances.Take(instances.Count - 1).LastOrDefault(instance => instance.State == RuntimeContainerState.Exited);
        var record = _records[name] with
        {
            ContainerId = current.Id,
            QualifiedId = Qualified(current.Id),
            ImageId = current.Image,
            RestartCount = current.Metadata.Attempt,
            LastTerminated = lastExited is null ? _records[name].LastTerminated : Terminated(lastExited),
        };
        _ranBefore.Add(name);
        switch (current.State)
        {
            case RuntimeContainerState.Running:
                var spec = SpecOf(name);
                _records[name] = record with
                {
                    State = new ApiContainerState { Running = new ContainerStateRunning { StartedAt = current.StartedAt ?? current.CreatedAt } },
                    Ready = spec.ReadinessProbe is null && spec.StartupProbe is null,
                    Started = spec.StartupProbe is null,
                };
                WatchExit(current.Id);
                StartProbes(name, current.Id);
                break;
            case RuntimeContainerState.Exited:
                _records[name] = record;
                ApplyExit(name, current, quiet: true);
                break;
            default:
                // Created but never started (the agent stopped in between): the next sync starts a fresh instance.
                _records[name] = record with { ContainerId = null, QualifiedId = null, RestartCount = Math.Max(0, current.Metadata.Attempt - 1) };
                _ = _context.Runtime.RemoveContainerAsync(current.Id, CancellationToken.None);
                break;
        }
    }
}
