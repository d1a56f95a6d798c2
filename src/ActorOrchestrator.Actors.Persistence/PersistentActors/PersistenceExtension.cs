using System.Runtime.CompilerServices;

namespace ActorOrchestrator.Actors.Persistence;

/// <summary>
/// Persistence of one actor system: the store its persistent actors write to, their settings, and the permits that
/// bound how many of them recover at once. Start it before creating the first persistent actor.
/// </summary>
public sealed class PersistenceExtension
{
    private static readonly ConditionalWeakTable<ActorSystem, PersistenceExtension> s_started = [];

    private PersistenceExtension(ActorSystem system, IPersistenceStore store, PersistentActorSettings settings)
    {
        System = system;
        Store = store;
        Settings = settings;
        Recoveries = new RecoveryPermits(settings.MaxConcurrentRecoveries);
    }

    public ActorSystem System { get; }

    /// <summary>The store; its owner (the caller of <see cref="Start"/>) disposes it after the actor system has terminated.</summary>
    public IPersistenceStore Store { get; }

    public PersistentActorSettings Settings { get; }

    /// <summary>Entities of this system recovering right now (at most <see cref="PersistentActorSettings.MaxConcurrentRecoveries"/>).</summary>
    public int RecoveriesInProgress => Recoveries.InUse;

    internal RecoveryPermits Recoveries { get; }

    /// <summary>Makes <paramref name="store"/> the store of every persistent actor of <paramref name="system"/>.</summary>
    public static PersistenceExtension Start(ActorSystem system, IPersistenceStore store, PersistentActorSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(store);
        settings ??= PersistentActorSettings.Default;
        settings.Validate();
        var extension = new PersistenceExtension(system, store, settings);
        if (!s_started.TryAdd(system, extension))
        {
            throw new InvalidOperationException($"Persistence is already started on actor system '{system.Name}'.");
        }
        return extension;
    }

    /// <summary>The persistence of <paramref name="system"/>; throws when <see cref="Start"/> was not called.</summary>
    public static PersistenceExtension Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return s_started.TryGetValue(system, out var extension)
            ? extension
            : throw new InvalidOperationException(
                $"Persistence is not started on actor system '{system.Name}': call PersistenceExtension.Start(system, store, settings) before creating persistent actors.");
    }
}
