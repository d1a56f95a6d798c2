using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Gateway;

/// <summary>What every endpoint needs: the write side, this member's view, pod logs, readiness, settings and the log.</summary>
internal sealed record GatewayContext(
    GatewaySettings Settings,
    KubernetesVersion Version,
    IResourceClient Resources,
    ResourceView View,
    IPodLogs? PodLogs,
    Func<bool> Ready,
    ILogger Logger,
    TimeProvider Time,
    CancellationToken Stopping)
{
    /// <summary>Waits until this member's view has reached a write, so the caller's next GET or LIST sees it.</summary>
    public async Task AwaitReadAfterWriteAsync(string? resourceVersion, CancellationToken cancellationToken)
    {
        if (long.TryParse(resourceVersion, out var written)
            && !await View.WaitForResourceVersionAsync(written, Settings.ReadAfterWriteTimeout, cancellationToken).ConfigureAwait(false))
        {
            GatewayLog.ViewBehindWrite(Logger, written, View.ResourceVersion);
        }
    }
}
