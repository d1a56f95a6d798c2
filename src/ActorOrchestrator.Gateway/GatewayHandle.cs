using Microsoft.AspNetCore.Builder;

namespace ActorOrchestrator.Gateway;

/// <summary>A running gateway: its bound address; disposing stops it (open watches and log streams end).</summary>
public sealed class GatewayHandle : IAsyncDisposable
{
    private readonly WebApplication _application;
    private readonly CancellationTokenSource _stopping;

    internal GatewayHandle(WebApplication application, CancellationTokenSource stopping, Uri address)
    {
        _application = application;
        _stopping = stopping;
        Address = address;
    }

    /// <summary>The base address clients use, e.g. <c>http://127.0.0.1:6443/</c>, with the bound port.</summary>
    public Uri Address { get; }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _application.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _application.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
