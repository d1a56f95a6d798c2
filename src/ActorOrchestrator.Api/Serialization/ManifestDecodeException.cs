namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// A well-formed document that cannot be read as its kind: missing or mismatched apiVersion/kind, or values of the
/// wrong type (<c>spec.replicas: Invalid value: "three": must be an integer</c>). A 400 Bad Request.
/// </summary>
public sealed class ManifestDecodeException : FormatException
{
    public ManifestDecodeException(string message, IReadOnlyList<DecodeIssue>? issues = null, int documentIndex = 0)
        : base(message)
    {
        Issues = issues ?? [];
        DocumentIndex = documentIndex;
    }

    public IReadOnlyList<DecodeIssue> Issues { get; }

    public int DocumentIndex { get; }
}
