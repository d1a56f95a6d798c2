using System.Net.Http.Headers;
using System.Text;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActorOrchestrator.Gateway.Tests.Fixtures;

/// <summary>
/// A gateway on a free loopback port over the real write path: a SQLite journal in a fresh data dir, the resource
/// entities (with the default namespaces), the projection and its view; and an HTTP client pointed at it. Everything is
/// disposed with the harness, in order.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly EventTypeRegistry Registry = ResourceEvents.Register(ShardingEvents.Register(new EventTypeRegistryBuilder())).Build();

    private readonly IPersistenceStore _store;
    private readonly ActorSystem _system;
    private readonly ResourceProjection _projection;
    private readonly GatewayHandle _gateway;

    private GatewayHarness(
        string directory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, GatewayHandle gateway, IResourceClient resources)
    {
        DataDirectory = directory;
        _store = store;
        _system = system;
        _projection = projection;
        _gateway = gateway;
        Resources = resources;
        Http = new HttpClient { BaseAddress = gateway.Address, Timeout = Patience };
    }

    public string DataDirectory { get; }

    public Uri Address => _gateway.Address;

    public HttpClient Http { get; }

    public IResourceClient Resources { get; }

    public ResourceView View => _projection.View;

    public static async Task<GatewayHarness> StartAsync(
        Func<bool>? ready = null, IPodLogs? podLogs = null, Func<ReadModelSettings, ReadModelSettings>? readModel = null,
        IReadOnlyList<IResourceController>? controllers = null)
    {
        var directory = Directory.CreateTempSubdirectory("ao-gateway-test-").FullName;
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, Registry, null, null, CancellationToken.None);
        var projection = new ResourceProjection(readModel is null ? ReadModelSettings.Default : readModel(ReadModelSettings.Default), store.Queries, directory, NullLoggerFactory.Instance, null);
        await projection.StartAsync(CancellationToken.None).WaitAsync(Patience);
        var system = ActorSystem.Create("gateway-test", loggerFactory: NullLoggerFactory.Instance);
        PersistenceExtension.Start(system, store);
        var plane = ResourceEntities.Start(system, ControlPlaneSettings.Default, projection.View, controllers ?? [], _ => NoEvents.Instance);
        await ResourceEntities.EnsureDefaultNamespacesAsync(plane.Client, CancellationToken.None).WaitAsync(Patience);
        var resources = plane.Client;
        var gateway = await KubernetesGateway.StartAsync(
            GatewaySettings.Default with { Port = 0 }, resources, projection.View, podLogs, ready ?? (() => true), NullLoggerFactory.Instance, CancellationToken.None);
        return new GatewayHarness(directory, store, system, projection, gateway, resources);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body = null, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _gateway.DisposeAsync();
        await _system.Terminate();
        await _projection.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private sealed class NoEvents : IEventRecorder
    {
        public static readonly NoEvents Instance = new();

        public void Record(IKubernetesObject involved, string type, string reason, string message)
        {
        }
    }
}
