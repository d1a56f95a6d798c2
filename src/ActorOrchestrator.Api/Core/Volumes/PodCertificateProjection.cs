namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 PodCertificateProjection.</summary>
public sealed record PodCertificateProjection
{
    public string? SignerName { get; init; }

    public string? KeyType { get; init; }

    public int? MaxExpirationSeconds { get; init; }

    public string? CredentialBundlePath { get; init; }

    public string? KeyPath { get; init; }

    public string? CertificateChainPath { get; init; }
}
