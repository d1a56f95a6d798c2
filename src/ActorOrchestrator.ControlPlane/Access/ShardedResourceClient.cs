using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>
/// The write side over the resource entities: each call is an Ask through the shard region of
/// <see cref="ResourceEntities"/> (504 Timeout after <c>ao.control-plane.ask-timeout</c>). Creates are checked against
/// their namespace first (404 when it does not exist, 403 while it terminates) and get their generated name here.
/// Thread-safe; one per member.
/// </summary>
public sealed class ShardedResourceClient : IResourceClient
{
    private const string GeneratedNameAlphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int GeneratedNameLength = 5;

    private readonly IActorRef _region;
    private readonly ResourceView _view;
    private readonly ControlPlaneSettings _settings;
    private long _namespaceWrites;

    internal ShardedResourceClient(IActorRef region, ResourceView view, ControlPlaneSettings settings)
    {
        _region = region;
        _view = view;
        _settings = settings;
    }

    /// <inheritdoc />
    public async Task<IKubernetesObject> CreateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(options);
        var kind = ResourceKinds.Of(resource);
        var metadata = resource.Metadata;
        var ns = kind.Namespaced ? metadata.Namespace : null;
        if (kind.Namespaced && string.IsNullOrEmpty(ns))
        {
            throw Invalid(kind, metadata.Name ?? metadata.GenerateName, FieldError.Required(FieldPath.Of("metadata", "namespace")));
        }
        if (ns is not null)
        {
            await EnsureNamespaceAcceptsAsync(kind, ns, metadata.Name ?? metadata.GenerateName ?? "", cancellationToken).ConfigureAwait(false);
        }
        if (!string.IsNullOrEmpty(metadata.Name))
        {
            return Written(await SendAsync(new CreateObject(new ResourceKey(kind, ns, metadata.Name), resource, options), cancellationToken).ConfigureAwait(false));
        }
        if (string.IsNullOrEmpty(metadata.GenerateName))
        {
            throw Invalid(kind, "", FieldError.Required(FieldPath.Of("metadata", "name"), "name or generateName is required"));
        }
        return await CreateWithGeneratedNameAsync(kind, ns, resource, options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IKubernetesObject> UpdateAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        Written(await SendAsync(new UpdateObject(KeyOf(resource), resource, options), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public async Task<IKubernetesObject> UpdateStatusAsync(IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken) =>
        Written(await SendAsync(new UpdateObjectStatus(KeyOf(resource), resource, options), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public async Task<IKubernetesObject> PatchAsync(ResourceKey key, PatchRequest patch, WriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.Type == Api.Patching.PatchType.ApplyPatch && key.Kind.Namespaced && _view.Get(key.Kind, key.Namespace, key.Name) is null)
        {
            await EnsureNamespaceAcceptsAsync(key.Kind, key.Namespace, key.Name, cancellationToken).ConfigureAwait(false);
        }
        return Written(await SendAsync(new PatchObject(key, patch, options), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<DeleteResult> DeleteAsync(ResourceKey key, DeleteOptions options, CancellationToken cancellationToken)
    {
        var result = await SendAsync(new DeleteObject(key, options), cancellationToken).ConfigureAwait(false);
        return new DeleteResult(Written(result), result.Deleted);
    }

    /// <inheritdoc />
    public async Task<IKubernetesObject> BindAsync(ResourceKey pod, string nodeName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeName);
        return Written(await SendAsync(new BindPod(pod, nodeName), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The object as its entity holds it right now (null when it does not exist); bypasses the read view.</summary>
    public async Task<IKubernetesObject?> GetAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        var result = await AskAsync<GetObjectResult>(new GetObject(key), key, cancellationToken).ConfigureAwait(false);
        return result.Object;
    }

    /// <summary>Pokes the object's entity to run its controller and lifecycle work soon (idempotent, no answer).</summary>
    public void Reconcile(ResourceKey key) => _region.Tell(new ReconcileObject(key), ActorRefs.NoSender);

    internal async Task<IKubernetesObject> FinalizeNamespaceAsync(ResourceKey key, CancellationToken cancellationToken) =>
        Written(await SendAsync(new FinalizeNamespace(key), cancellationToken).ConfigureAwait(false));

    private async Task<IKubernetesObject> CreateWithGeneratedNameAsync(
        ResourceKind kind, string? ns, IKubernetesObject resource, WriteOptions options, CancellationToken cancellationToken)
    {
        var prefix = resource.Metadata.GenerateName!;
        StatusException? taken = null;
        for (var attempt = 0; attempt < _settings.GenerateNameAttempts; attempt++)
        {
            var name = prefix + RandomSuffix();
            var named = Entities.ResourceObjects.WithMetadata(resource, resource.Metadata with { Name = name });
            try
            {
                return Written(await SendAsync(new CreateObject(new ResourceKey(kind, ns, name), named, options), cancellationToken).ConfigureAwait(false));
            }
            catch (StatusException e) when (e.Reason == "AlreadyExists")
            {
                taken = e;
            }
        }
        throw taken!;
    }

    private static string RandomSuffix() =>
        string.Create(GeneratedNameLength, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = GeneratedNameAlphabet[Random.Shared.Next(GeneratedNameAlphabet.Length)];
            }
        });

    /// <summary>
    /// A namespaced object can be created only in a namespace that exists and is not terminating. The view answers the
    /// common case once it has reached every namespace write this client made; when it does not show an active
    /// namespace (it may lag), the namespace's entity decides.
    /// </summary>
    private async Task EnsureNamespaceAcceptsAsync(ResourceKind kind, string ns, string name, CancellationToken cancellationToken)
    {
        var namespaceWrites = Interlocked.Read(ref _namespaceWrites);
        var caughtUp = _view.ResourceVersion >= namespaceWrites
            || await _view.WaitForResourceVersionAsync(namespaceWrites, _settings.ViewWaitTimeout, cancellationToken).ConfigureAwait(false);
        var viewed = caughtUp ? _view.Get(ResourceKinds.Namespace, null, ns) : null;
        if (viewed is not null && viewed.Fields.TryGetValue("status.phase", out var phase) && phase == "Active")
        {
            return;
        }
        var stored = await GetAsync(new ResourceKey(ResourceKinds.Namespace, null, ns), cancellationToken).ConfigureAwait(false);
        if (stored is not Namespace current)
        {
            throw StatusException.NotFound(ResourceKinds.Namespace, ns);
        }
        if (current.Metadata.DeletionTimestamp is not null || current.Status?.Phase == "Terminating")
        {
            throw new StatusException(new Api.Meta.Status
            {
                Outcome = "Failure",
                Code = 403,
                Reason = "Forbidden",
                Message = $"{kind.QualifiedResource} \"{name}\" is forbidden: unable to create new content in namespace {ns} because it is being terminated",
                Details = new StatusDetails { Name = name, Group = kind.Group, Kind = kind.Plural },
            });
        }
    }

    private async Task<WriteResult> SendAsync(IResourceCommand command, CancellationToken cancellationToken)
    {
        var result = await AskAsync<WriteResult>(command, command.Key, cancellationToken).ConfigureAwait(false);
        if (command.Key.Kind == ResourceKinds.Namespace
            && long.TryParse(result.Object?.Metadata.ResourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var written))
        {
            RaiseTo(ref _namespaceWrites, written);
        }
        return result;
    }

    private static void RaiseTo(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }
            seen = previous;
        }
    }

    private async Task<T> AskAsync<T>(IResourceCommand command, ResourceKey key, CancellationToken cancellationToken)
    {
        try
        {
            return await _region.Ask<T>(command, _settings.AskTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (AskTimeoutException)
        {
            throw StatusException.Timeout(string.Create(CultureInfo.InvariantCulture,
                $"the entity of {key.Kind.Kind} {key} did not answer within {_settings.AskTimeout.TotalSeconds:0.###} s (ao.control-plane.ask-timeout)"));
        }
        catch (AskTargetTerminatedException)
        {
            throw StatusException.ServiceUnavailable($"the control plane of this member is stopping; {key} cannot be reached");
        }
    }

    private static IKubernetesObject Written(WriteResult result) =>
        result.Failure is not null ? throw new StatusException(result.Failure) : result.Object!;

    private static ResourceKey KeyOf(IKubernetesObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return ResourceKey.Of(resource);
    }

    private static StatusException Invalid(ResourceKind kind, string? name, FieldError error) =>
        StatusException.Invalid(new InvalidObjectException(kind.Group, kind.Kind, name, [error]));
}
