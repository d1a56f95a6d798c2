using ActorOrchestrator.Api.Core;
using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>Runs one probe of a container once: exec through the runtime, httpGet and tcpSocket over the network.</summary>
internal sealed record ProbeRunner(IContainerRuntime Runtime, Container Container, string ContainerId, string PodIP)
{
    public async Task<ProbeOutcome> RunAsync(Probe probe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            if (probe.Exec is { } exec)
            {
                return await ExecAsync(exec, timeout, cancellationToken).ConfigureAwait(false);
            }

            if (probe.HttpGet is { } httpGet)
            {
                return await NetworkProbes.HttpGetAsync(httpGet, Container, PodIP, timeout, cancellationToken).ConfigureAwait(false);
            }

            if (probe.TcpSocket is { } tcpSocket)
            {
                return await NetworkProbes.TcpSocketAsync(tcpSocket, Container, PodIP, timeout, cancellationToken).ConfigureAwait(false);
            }

            return ProbeOutcome.Failed(probe.Grpc is not null ? "grpc probes are not supported by this node" : "the probe has no handler");
        }
        catch (ProbeConfigurationException exception)
        {
            return ProbeOutcome.Failed(exception.Message);
        }
        catch (ContainerRuntimeException exception)
        {
            return ProbeOutcome.Failed(exception.Message);
        }
    }

    private async Task<ProbeOutcome> ExecAsync(ExecAction exec, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var command = exec.Command ?? [];
        if (command.Count == 0)
        {
            return ProbeOutcome.Failed("the exec probe has no command");
        }

        var result = await Runtime.ExecSyncAsync(ContainerId, command, timeout, cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            return ProbeOutcome.Failed($"command \"{string.Join(' ', command)}\" timed out");
        }

        return result.ExitCode == 0 ? ProbeOutcome.Success : ProbeOutcome.Failed((result.Stdout + result.Stderr).TrimEnd());
    }
}
