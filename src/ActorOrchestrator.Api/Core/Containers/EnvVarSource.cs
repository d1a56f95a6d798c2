namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 EnvVarSource: exactly one source.</summary>
public sealed record EnvVarSource
{
    public ObjectFieldSelector? FieldRef { get; init; }

    public ResourceFieldSelector? ResourceFieldRef { get; init; }

    public ConfigMapKeySelector? ConfigMapKeyRef { get; init; }

    public SecretKeySelector? SecretKeyRef { get; init; }

    public FileKeySelector? FileKeyRef { get; init; }
}
