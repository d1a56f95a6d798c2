using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// A decoded manifest: the typed object, its kind, its checked JSON (unknown fields removed), and the unknown and
/// duplicate field paths for the caller to reject, warn about or ignore according to <see cref="FieldValidation"/>.
/// </summary>
public sealed record DecodedObject(
    ResourceKind Kind,
    IKubernetesObject Object,
    JsonObject Json,
    IReadOnlyList<string> UnknownFields,
    IReadOnlyList<string> DuplicateFields,
    int DocumentIndex,
    SourcePosition? Start)
{
    /// <summary>Kubernetes' wording for each problem: <c>unknown field "spec.foo"</c>, <c>duplicate field "spec.replicas"</c>.</summary>
    public IReadOnlyList<string> FieldProblems =>
        [.. UnknownFields.Select(path => $"unknown field \"{path}\""), .. DuplicateFields.Select(path => $"duplicate field \"{path}\"")];

    /// <summary>
    /// Applies the fieldValidation mode: throws <see cref="StrictDecodingException"/> under Strict when there are
    /// problems, returns them as warnings under Warn, and nothing under Ignore.
    /// </summary>
    public IReadOnlyList<string> Enforce(FieldValidation mode)
    {
        var problems = FieldProblems;
        return mode switch
        {
            FieldValidation.Strict when problems.Count > 0 => throw new StrictDecodingException(problems),
            FieldValidation.Warn => problems,
            _ => [],
        };
    }

    public T As<T>()
        where T : IKubernetesObject => (T)Object;
}
