namespace ActorOrchestrator.Api.Meta;

/// <summary>One kind the API serves: its group/version/kind, REST names, scope and CLR type.</summary>
public sealed record ResourceKind(
    string Group,
    string Version,
    string Kind,
    string Plural,
    bool Namespaced,
    Type ClrType,
    IReadOnlyList<string> ShortNames)
{
    /// <summary><c>v1</c> or <c>apps/v1</c>.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The lower-case singular name (<c>deployment</c>).</summary>
    public string Singular => Kind.ToLowerInvariant();

    /// <summary>The name Kubernetes uses in messages: <c>deployments.apps</c>, <c>pods</c>.</summary>
    public string QualifiedResource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";
}
