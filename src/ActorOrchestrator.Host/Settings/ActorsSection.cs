using System.Collections.Immutable;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.actors</c> into the kernel's <see cref="ActorSystemSettings"/>.</summary>
internal static class ActorsSection
{
    /// <param name="actors">The <c>ao.actors</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    public static ActorSystemSettings From(Config actors)
    {
        var phases = actors.GetConfig("coordinated-shutdown.phases");
        var settings = new ActorSystemSettings
        {
            Throughput = actors.GetInt("throughput"),
            DefaultMailboxCapacity = actors.GetInt("default-mailbox-capacity"),
            AskTimeout = actors.GetDuration("ask-timeout", allowInfinite: true),
            StashCapacity = actors.GetInt("stash-capacity"),
            DeadLetterLogLimit = actors.GetInt("dead-letters.log-limit"),
            DeadLetterSummaryInterval = actors.GetDuration("dead-letters.summary-interval"),
            LogDeadLettersDuringShutdown = actors.GetBoolean("dead-letters.log-during-shutdown"),
            DefaultShutdownPhaseTimeout = actors.GetDuration("coordinated-shutdown.default-phase-timeout"),
            RunCoordinatedShutdownOnTerminate = actors.GetBoolean("coordinated-shutdown.run-by-actor-system-terminate"),
            RunCoordinatedShutdownOnProcessExit = actors.GetBoolean("coordinated-shutdown.run-on-process-exit"),
            ShutdownPhaseTimeouts = CoordinatedShutdown.Phases
                .Where(phase => phases.HasPath($"{phase}.timeout"))
                .ToImmutableDictionary(phase => phase, phase => phases.GetDuration($"{phase}.timeout"), StringComparer.Ordinal),
        };
        try
        {
            return settings.Validate();
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidSettingsException(invalid.Message);
        }
    }
}
