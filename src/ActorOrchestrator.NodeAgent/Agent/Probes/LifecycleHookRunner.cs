using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.NodeAgent.Agent.Probes;

/// <summary>
/// Runs a container's postStart or preStop hook (exec, httpGet, tcpSocket, sleep) within a time limit, as kubelet does;
/// the result is null on success, else what went wrong.
/// </summary>
internal static class LifecycleHookRunner
{
    public static async Task<string?> RunAsync(LifecycleHandler handler, ProbeRunner runner, TimeSpan limit, CancellationToken cancellationToken)
    {
        if (handler.Sleep is { } sleep)
        {
            var wanted = TimeSpan.FromSeconds(Math.Max(0, sleep.Seconds ?? 0));
            await Task.Delay(wanted < limit ? wanted : limit, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var probe = new Probe { Exec = handler.Exec, HttpGet = handler.HttpGet, TcpSocket = handler.TcpSocket };
        var outcome = await runner.RunAsync(probe, limit, cancellationToken).ConfigureAwait(false);
        if (outcome.Result == ProbeResult.Success)
        {
            return null;
        }

        return handler.Exec is { Command: { } command }
            ? $"command '{string.Join(' ', command)}' failed: {outcome.Message}"
            : outcome.Message;
    }
}
