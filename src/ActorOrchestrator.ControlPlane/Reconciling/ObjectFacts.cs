using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.Reconciling;

/// <summary>
/// What the reconcile trigger needs to know about an object, read from the view's JSON without building the model:
/// its owners, whether it is being deleted, and the generation and replica counts that show a controller has work.
/// </summary>
internal sealed record ObjectFacts(
    IReadOnlyList<OwnerLink> Owners,
    bool BeingDeleted,
    long? Generation,
    long? ObservedGeneration,
    long? SpecReplicas,
    long? StatusReplicas,
    long? UpdatedReplicas,
    long? AvailableReplicas)
{
    public static ObjectFacts Read(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var metadata = Child(root, "metadata");
        var spec = Child(root, "spec");
        var status = Child(root, "status");
        return new ObjectFacts(
            OwnersOf(metadata),
            metadata is { } m && m.TryGetProperty("deletionTimestamp", out var deletion) && deletion.ValueKind == JsonValueKind.String,
            Number(metadata, "generation"),
            Number(status, "observedGeneration"),
            Number(spec, "replicas"),
            Number(status, "replicas"),
            Number(status, "updatedReplicas"),
            Number(status, "availableReplicas"));
    }

    private static List<OwnerLink> OwnersOf(JsonElement? metadata)
    {
        var owners = new List<OwnerLink>();
        if (metadata is not { } m || !m.TryGetProperty("ownerReferences", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            return owners;
        }
        foreach (var reference in references.EnumerateArray())
        {
            if (Text(reference, "uid") is { Length: > 0 } uid)
            {
                owners.Add(new OwnerLink(
                    Text(reference, "apiVersion"), Text(reference, "kind"), Text(reference, "name"), uid,
                    reference.TryGetProperty("blockOwnerDeletion", out var blocks) && blocks.ValueKind == JsonValueKind.True));
            }
        }
        return owners;
    }

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static long? Number(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
