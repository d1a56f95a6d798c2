using System.Text.Json;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.Events;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// One Kubernetes object (any kind) as an event-sourced entity, persistence id <c>kind/namespace/name</c>. It checks
/// each command against its stored object (<see cref="ResourceWrites"/>), persists the resulting resource event,
/// stamps the event's journal ordering as resourceVersion and replies; then it runs the object's controller.
/// </summary>
internal sealed partial class ResourceEntity : PersistentActor, IWithTimers
{
    private readonly EntityEnvironment _environment;
    private readonly ResourceKey _key;
    private readonly TimeProvider _time;
    private IKubernetesObject? _current;
    private IResourceEvent? _lastReplayed;
    private long _lastReplayedOrdering;

    public ResourceEntity(EntityEnvironment environment)
    {
        _environment = environment;
        var id = EntityNameDecoder.Decode(Self.Path.Name);
        if (!ResourceKey.TryParse(id, out _key))
        {
            throw new ArgumentException($"'{id}' is not a resource entity id (kind/namespace/name)");
        }
        PersistenceId = id;
        _time = Context.System.TimeProvider;
        _controller = environment.Controllers.GetValueOrDefault(_key.Kind);
        Recover<IResourceEvent>(RememberReplayed);
        Recover<RecoveryCompleted>(_ => CompleteRecovery());
        Command<CreateObject>(command => Decide(() => ResourceWrites.Create(_key, _current, command.Object, command.Options, Now), command.Options.DryRun));
        Command<UpdateObject>(command => Decide(() => ResourceWrites.Update(_key, _current, command.Object, command.Options, Now), command.Options.DryRun));
        Command<UpdateObjectStatus>(command => Decide(() => ResourceWrites.UpdateStatus(_key, _current, command.Object, command.Options, Now), command.Options.DryRun));
        Command<PatchObject>(command => Decide(() => ResourceWrites.Patch(_key, _current, command.Patch, command.Options, Now), command.Options.DryRun));
        Command<DeleteObject>(command => Decide(() => ResourceWrites.Delete(_key, _current, command.Options, Now), command.Options.DryRun));
        Command<BindPod>(command => Decide(() => ResourceWrites.Bind(_key, _current, command.NodeName, Now), dryRun: false));
        Command<FinalizeNamespace>(_ => Decide(() => ResourceWrites.FinalizeNamespace(_key, _current), dryRun: false));
        Command<GetObject>(_ => Sender.Tell(new GetObjectResult(_current)));
        Command<ReconcileObject>(_ => Poke());
        Command<RunController>(_ => Poke());
        Command<ResyncDue>(_ => Poke());
        Command<ControllerRunFinished>(HandleRunFinished);
        Command<ReceiveTimeout>(_ => PassivateWhenIdle());
        Command<StopEntity>(_ => Context.Stop(Self));
    }

    public override string PersistenceId { get; }

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => ResourceObjects.Now(_time);

    public static Actors.Props Props(EntityEnvironment environment) => Actors.Props.Create(() => new ResourceEntity(environment));

    protected override void PreStart() => Context.SetReceiveTimeout(_environment.Settings.PassivateIdleAfter);

    protected override void PostStop()
    {
        StopRunning();
        base.PostStop();
    }

    /// <summary>The journal failed the write: the caller learns it (503) before the entity stops; it recovers on the next message.</summary>
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        base.OnPersistFailure(cause, @event, sequenceNr);
        Sender.Tell(WriteResult.Refused(StatusException.ServiceUnavailable(
            $"the journal did not store the change of {_key}: {cause.Message}").Status));
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        base.OnPersistRejected(cause, @event, sequenceNr);
        Sender.Tell(WriteResult.Refused(StatusException.InternalError($"the journal rejected the change of {_key}: {cause.Message}").Status));
    }

    private void RememberReplayed(IResourceEvent replayed)
    {
        _lastReplayed = replayed;
        _lastReplayedOrdering = LastOrdering;
    }

    /// <summary>Only the last replayed event matters (each carries the whole object), so only it is read into a model object.</summary>
    private void CompleteRecovery()
    {
        if (_lastReplayed is not null and not ObjectDeleted)
        {
            _current = ResourceEventObject.Read(_lastReplayed, _key.Kind, _lastReplayedOrdering);
        }
        _lastReplayed = null;
        Poke();
    }

    private void Decide(Func<WriteDecision> decide, bool dryRun)
    {
        WriteDecision decision;
        try
        {
            decision = decide();
        }
        catch (StatusException refused)
        {
            Sender.Tell(WriteResult.Refused(refused.Status));
            return;
        }
        catch (InvalidObjectException invalid)
        {
            Sender.Tell(WriteResult.Refused(invalid.ToStatus()));
            return;
        }
        if (decision.Change == ChangeKind.None || dryRun)
        {
            Sender.Tell(decision.Change == ChangeKind.Deleted ? WriteResult.Gone(decision.Object) : WriteResult.Stored(decision.Object));
            return;
        }
        Persist(ToEvent(decision), persisted => Stored(decision, persisted));
    }

    private static IResourceEvent ToEvent(WriteDecision decision)
    {
        // Serialized straight from the model (no JSON tree): the event's object has no resourceVersion, the journal assigns it.
        var unstamped = decision.Object.Metadata.ResourceVersion is null
            ? decision.Object
            : ResourceObjects.WithMetadata(decision.Object, decision.Object.Metadata with { ResourceVersion = null });
        var json = JsonSerializer.SerializeToElement(unstamped, unstamped.GetType(), ApiSerializer.Options);
        return decision.Change switch
        {
            ChangeKind.Created => new ObjectCreated(json),
            ChangeKind.Updated => new ObjectUpdated(json),
            ChangeKind.StatusUpdated => new ObjectStatusUpdated(json),
            ChangeKind.DeletionRequested => new ObjectDeletionRequested(json),
            ChangeKind.Deleted => new ObjectDeleted(json),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Change, "nothing to persist"),
        };
    }

    private void Stored(WriteDecision decision, IResourceEvent persisted)
    {
        var stored = ResourceObjects.Stamp(decision.Object, LastOrdering);
        if (persisted is ObjectDeleted)
        {
            _current = null;
            Sender.Tell(WriteResult.Gone(stored));
            StopRunning();
            return;
        }
        _current = stored;
        Sender.Tell(WriteResult.Stored(stored));
        Poke();
    }
}
