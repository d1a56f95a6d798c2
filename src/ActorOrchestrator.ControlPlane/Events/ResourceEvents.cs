using ActorOrchestrator.Actors.Persistence.Serialization;

namespace ActorOrchestrator.ControlPlane.Events;

/// <summary>The resource events and their manifests: the one place they are registered with the journal.</summary>
public static class ResourceEvents
{
    public const string ObjectCreatedManifest = "ObjectCreated.v1";
    public const string ObjectUpdatedManifest = "ObjectUpdated.v1";
    public const string ObjectStatusUpdatedManifest = "ObjectStatusUpdated.v1";
    public const string ObjectDeletionRequestedManifest = "ObjectDeletionRequested.v1";
    public const string ObjectDeletedManifest = "ObjectDeleted.v1";

    /// <summary>Registers every resource event with its manifest.</summary>
    public static EventTypeRegistryBuilder Register(EventTypeRegistryBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Add<ObjectCreated>(ObjectCreatedManifest)
            .Add<ObjectUpdated>(ObjectUpdatedManifest)
            .Add<ObjectStatusUpdated>(ObjectStatusUpdatedManifest)
            .Add<ObjectDeletionRequested>(ObjectDeletionRequestedManifest)
            .Add<ObjectDeleted>(ObjectDeletedManifest);
    }
}
