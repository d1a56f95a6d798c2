namespace ActorOrchestrator.Api.Meta;

/// <summary>A list of objects of one kind (<c>PodList</c>, <c>DeploymentList</c> ...).</summary>
public sealed record KubernetesList<T>
    where T : IKubernetesObject
{
    public string? ApiVersion { get; init; }

    public string? Kind { get; init; }

    public ListMeta Metadata { get; init; } = new();

    public IReadOnlyList<T> Items { get; init; } = [];
}
