using System.Net;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Gateway.Discovery;
using ActorOrchestrator.Gateway.Health;
using ActorOrchestrator.Gateway.Http;
using ActorOrchestrator.Gateway.OpenApi;
using ActorOrchestrator.Gateway.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Gateway;

/// <summary>
/// The Kubernetes REST API over Kestrel: discovery, OpenAPI, health, and GET/LIST/WATCH/POST/PUT/PATCH/DELETE of the
/// served kinds with their subresources. Writes go to the entities through <see cref="IResourceClient"/>; reads come
/// from this member's <see cref="ResourceView"/>.
/// </summary>
public static class KubernetesGateway
{
    /// <summary>Starts listening; the returned handle carries the bound address and stops the gateway when disposed.</summary>
    /// <param name="ready">Whether the member is ready to serve (<c>/readyz</c> answers 503 until it is).</param>
    public static async Task<GatewayHandle> StartAsync(
        GatewaySettings settings,
        IResourceClient resources,
        ResourceView view,
        IPodLogs? podLogs,
        Func<bool> ready,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        KubernetesVersion.TryParse(settings.ReportedVersion, out var version);
        var stopping = new CancellationTokenSource();
        var gateway = new GatewayContext(
            settings, version, resources, view, podLogs, ready, loggerFactory.CreateLogger(typeof(KubernetesGateway).FullName!), TimeProvider.System, stopping.Token);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(ListenAddress(settings.Host), settings.Port);
        });
        var application = builder.Build();
        application.Use((context, next) => StatusErrorMiddleware.InvokeAsync(context, next, gateway));
        application.UseRouting();
        application.MapDiscovery(gateway);
        application.MapOpenApi(gateway);
        application.MapHealth(gateway);
        application.MapResources(gateway);
        application.MapFallback(context => ApiResponses.WriteStatusAsync(context, ApiErrors.NotFoundPath(context.Request.Method, context.Request.Path)));

        try
        {
            await application.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await application.DisposeAsync().ConfigureAwait(false);
            stopping.Dispose();
            throw;
        }

        var bound = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new UriBuilder(bound) { Host = settings.Host is "0.0.0.0" or "::" or "[::]" ? "127.0.0.1" : new Uri(bound).Host, Path = "/" }.Uri;
        GatewayLog.Listening(gateway.Logger, address, version.GitVersion);
        return new GatewayHandle(application, stopping, address);
    }

    private static IPAddress ListenAddress(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : throw new ArgumentException($"ao.api.host must be an IP address or localhost, not \"{host}\".");
}
