namespace ActorOrchestrator.Api.Serialization;

/// <summary>Text that is not well-formed YAML or JSON; names the line and column (a 400 Bad Request).</summary>
public sealed class ManifestSyntaxException : FormatException
{
    public ManifestSyntaxException(string format, string problem, SourcePosition? position, int documentIndex = 0)
        : base(position is { } at ? $"{format}: {at}: {problem}" : $"{format}: {problem}")
    {
        Problem = problem;
        Position = position;
        DocumentIndex = documentIndex;
    }

    public string Problem { get; }

    public SourcePosition? Position { get; }

    /// <summary>Which document of a multi-document YAML stream failed (0-based).</summary>
    public int DocumentIndex { get; }
}
