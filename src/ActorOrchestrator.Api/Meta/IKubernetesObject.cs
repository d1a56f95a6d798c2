namespace ActorOrchestrator.Api.Meta;

/// <summary>A Kubernetes object: TypeMeta (apiVersion, kind) plus ObjectMeta.</summary>
public interface IKubernetesObject
{
    string? ApiVersion { get; }

    string? Kind { get; }

    ObjectMeta Metadata { get; }
}
