namespace ActorOrchestrator.Api.Serialization;

/// <summary>A document whose apiVersion and kind name no kind this API serves (a 404, as Kubernetes answers).</summary>
public sealed class UnknownKindException(string apiVersion, string kind, int documentIndex = 0)
    : Exception($"no matches for kind \"{kind}\" in version \"{apiVersion}\"")
{
    public string ApiVersion { get; } = apiVersion;

    public string Kind { get; } = kind;

    public int DocumentIndex { get; } = documentIndex;
}
