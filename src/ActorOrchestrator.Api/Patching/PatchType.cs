namespace ActorOrchestrator.Api.Patching;

/// <summary>The patch formats of the Kubernetes API, by request Content-Type.</summary>
public enum PatchType
{
    /// <summary><c>application/json-patch+json</c> (RFC 6902).</summary>
    JsonPatch,

    /// <summary><c>application/merge-patch+json</c> (RFC 7386).</summary>
    MergePatch,

    /// <summary><c>application/strategic-merge-patch+json</c>.</summary>
    StrategicMergePatch,

    /// <summary><c>application/apply-patch+yaml</c> (server-side apply).</summary>
    ApplyPatch,
}
