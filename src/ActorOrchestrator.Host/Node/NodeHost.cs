using System.Runtime.InteropServices;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Host.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ActorOrchestrator.Host.Node;

/// <summary>
/// Runs one member: its actor system and its event journal, until SIGINT or SIGTERM starts coordinated shutdown.
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

        var system = ActorSystem.Create(SystemName, settings.Actors, loggerFactory);
        using var stopSignals = StopOnSignals(system);
        IPersistenceStore store;
        try
        {
            store = await SqlPersistence.OpenAsync(
                settings.Persistence, dataDirectory, new EventTypeRegistryBuilder().Build(), loggerFactory, system.TimeProvider, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (PersistenceUnavailableException unavailable)
        {
            await error.WriteLineAsync($"ao up: {unavailable.Message}").ConfigureAwait(false);
            await system.Terminate().ConfigureAwait(false);
            return 1;
        }

        PersistenceExtension.Start(system, store, settings.PersistentActors);
        await output.WriteLineAsync(Banner(settings, dataDirectory, store)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);

        await system.WhenTerminated.ConfigureAwait(false);
        // Closed only once every actor has stopped, so no persistent actor writes to a closed journal.
        await store.DisposeAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"ao up: node \"{settings.Node.Name}\" stopped").ConfigureAwait(false);
        return 0;
    }

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

    private static string Banner(HostSettings settings, string dataDirectory, IPersistenceStore store) =>
        $"""
        ao up: node "{settings.Node.Name}" is running (roles: {string.Join(", ", settings.Node.Roles.Select(NodeSettings.NameOf))})
          actor system  {SystemName}
          journal       {store.Target}
          data dir      {dataDirectory}
        This version runs the actor runtime and the event journal only: the Kubernetes API gateway, the scheduler
        and the node agent are not part of it yet, so kubectl cannot connect to this node.
        Press Ctrl+C or send SIGTERM to stop the node.
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
