using System.Text.Json;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// One object as the view holds it: immutable, its JSON exactly as the API returns it (resourceVersion stamped), and
/// what the indexes need (labels, selectable fields). A new version of the object is a new <see cref="ViewObject"/>.
/// </summary>
public sealed class ViewObject
{
    private readonly byte[] _json;

    internal ViewObject(ResourceKey key, string? uid, long resourceVersion, StringMap labels, StringMap fields, byte[] json)
    {
        Key = key;
        Uid = uid;
        ResourceVersion = resourceVersion;
        LabelMap = labels;
        FieldMap = fields;
        _json = json;
    }

    public ResourceKey Key { get; }

    public ResourceKind Kind => Key.Kind;

    /// <summary>The namespace; empty for a cluster-scoped kind.</summary>
    public string Namespace => Key.Namespace;

    public string Name => Key.Name;

    public string? Uid { get; }

    /// <summary>The journal ordering of the object's last event, also written into <see cref="Json"/>.</summary>
    public long ResourceVersion { get; }

    public IReadOnlyDictionary<string, string> Labels => LabelMap;

    /// <summary>The object's selectable fields and their values, as field selectors see them.</summary>
    public IReadOnlyDictionary<string, string> Fields => FieldMap;

    /// <summary>The object as UTF-8 Kubernetes JSON, with kind, apiVersion and metadata.resourceVersion.</summary>
    public ReadOnlyMemory<byte> Json => _json;

    internal StringMap LabelMap { get; }

    internal StringMap FieldMap { get; }

    internal ObjectName ObjectName => new(Key.Namespace, Key.Name);

    internal byte[] JsonBytes => _json;

    /// <summary>The object as a model object (deserialized on every call; keep the result if you need it twice).</summary>
    public IKubernetesObject ToObject() =>
        (IKubernetesObject)(JsonSerializer.Deserialize(_json, Kind.ClrType, ApiSerializer.Options)
            ?? throw new JsonException($"the stored {Kind.Kind} {Key} is JSON null"));

    /// <summary>The object as <typeparamref name="T"/>, which must be the kind's model type.</summary>
    public T ToObject<T>()
        where T : IKubernetesObject =>
        (T)ToObject();

    /// <summary>This version of the object carrying another resourceVersion (a watcher told that the object left its selection gets it at the change's).</summary>
    internal ViewObject Restamped(long resourceVersion) =>
        new(Key, Uid, resourceVersion, LabelMap, FieldMap, ResourceVersionStamp.Apply(_json, resourceVersion));

    public override string ToString() => $"{Kind.Kind} {ObjectName} at {ResourceVersion}";
}
