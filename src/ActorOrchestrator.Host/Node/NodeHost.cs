using System.Runtime.InteropServices;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Host.Settings;
using ActorOrchestrator.NodeAgent.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// Runs one member: the whole product on this machine (cluster membership, journal, read model, entities, scheduler,
/// node agent, API gateway), until SIGINT or SIGTERM starts coordinated shutdown.
/// </summary>
internal static class NodeHost
{
    private const string SystemName = "ao";

    public static async Task<int> RunAsync(HostSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
            })
            .Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var dataDirectory = Path.GetFullPath(settings.Node.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        DataDirectoryLock dataLock;
        try
        {
            dataLock = DataDirectoryLock.Acquire(dataDirectory);
        }
        catch (DataDirectoryInUseException inUse)
        {
            await error.WriteLineAsync($"ao up: {inUse.Message}").ConfigureAwait(false);
            return 1;
        }

        using (dataLock)
        {
            var system = ActorSystem.Create(SystemName, settings.Actors, loggerFactory);
            using var stopSignals = StopOnSignals(system);
            var node = new RunningNode(system, settings, dataDirectory, loggerFactory);
            var started = false;
            try
            {
                await node.StartAsync(cancellationToken).ConfigureAwait(false);
                started = true;
                await output.WriteLineAsync(Banner(settings, dataDirectory, node)).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (IsStartFailure(failure))
            {
                await error.WriteLineAsync($"ao up: {StartFailureText(failure, settings)}").ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || system.WhenTerminated.IsCompleted)
            {
                started = false;
            }

            if (!started)
            {
                _ = system.Terminate();
            }
            await system.WhenTerminated.ConfigureAwait(false);
            // Closed only once every actor has stopped, so no persistent actor writes to a closed journal.
            if (node.Store is { } store)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }
            if (!started)
            {
                return 1;
            }
        }

        await output.WriteLineAsync($"ao up: node \"{settings.Node.Name}\" stopped").ConfigureAwait(false);
        return 0;
    }

    private static bool IsStartFailure(Exception failure) =>
        failure is PersistenceUnavailableException or ContainerRuntimeException or IOException or TimeoutException
            or System.Net.Sockets.SocketException or InvalidOperationException;

    private static string StartFailureText(Exception failure, HostSettings settings) => failure switch
    {
        IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
            || io.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } =>
            $"the API port {settings.Api.Host}:{settings.Api.Port} is already in use; pass another --api-port (ao.api.port)",
        System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } =>
            $"the remoting port {settings.Remote.Hostname}:{settings.Remote.Port} is already in use; pass another --port (ao.remote.port)",
        _ => failure.Message,
    };

    /// <summary>SIGINT and SIGTERM start coordinated shutdown instead of ending the process at once.</summary>
    private static CompositeDisposable StopOnSignals(ActorSystem system)
    {
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            _ = system.Terminate();
        }

        return new CompositeDisposable(
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop));
    }

    private static string Banner(HostSettings settings, string dataDirectory, RunningNode node) =>
        $"""
        ao up: node "{settings.Node.Name}" is running (roles: {string.Join(", ", settings.Node.Roles.Select(NodeSettings.NameOf))})
          API server    {node.ApiAddress}
          cluster       {node.Cluster?.SelfAddress} (a cluster of one)
          journal       {node.Store?.Target}
          data dir      {dataDirectory}
          kubeconfig    {node.KubeconfigPath}
        Use it with kubectl or ao:
          export KUBECONFIG={node.KubeconfigPath}
          kubectl get nodes
        Press Ctrl+C or send SIGTERM to stop the node (its containers keep running and are adopted on the next start).
        """;

    private sealed class CompositeDisposable(params IDisposable[] parts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var part in parts)
            {
                part.Dispose();
            }
        }
    }
}
