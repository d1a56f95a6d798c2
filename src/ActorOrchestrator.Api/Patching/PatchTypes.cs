namespace ActorOrchestrator.Api.Patching;

public static class PatchTypes
{
    /// <summary>The patch type of a Content-Type header (parameters such as charset ignored); null when it is not one.</summary>
    public static PatchType? FromContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json-patch+json" => PatchType.JsonPatch,
            "application/merge-patch+json" => PatchType.MergePatch,
            "application/strategic-merge-patch+json" => PatchType.StrategicMergePatch,
            "application/apply-patch+yaml" or "application/apply-patch+json" => PatchType.ApplyPatch,
            _ => null,
        };
    }
}
