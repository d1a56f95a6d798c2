namespace ActorOrchestrator.Api.Serialization.Schema;

/// <summary>A field of an object schema with its strategic-merge-patch tags.</summary>
internal sealed record SchemaProperty(string Name, SchemaNode Schema, string? PatchStrategy, string? MergeKey)
{
    public bool MergesList => PatchStrategy is not null && PatchStrategy.Split(',').Contains("merge");

    public bool RetainsKeys => PatchStrategy is not null && PatchStrategy.Split(',').Contains("retainKeys");
}
