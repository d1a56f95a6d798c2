namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 VolumeProjection: exactly one projected source.</summary>
public sealed record VolumeProjection
{
    public SecretProjection? Secret { get; init; }

    public DownwardApiProjection? DownwardAPI { get; init; }

    public ConfigMapProjection? ConfigMap { get; init; }

    public ServiceAccountTokenProjection? ServiceAccountToken { get; init; }

    public ClusterTrustBundleProjection? ClusterTrustBundle { get; init; }

    public PodCertificateProjection? PodCertificate { get; init; }
}
