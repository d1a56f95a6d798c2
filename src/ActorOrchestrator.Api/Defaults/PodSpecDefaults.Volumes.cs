using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Defaults;

internal static partial class PodSpecDefaults
{
    /// <summary>0644, the default file mode of secret, configMap, downwardAPI and projected volumes.</summary>
    public const int DefaultFileMode = 420;

    private static Volume Apply(Volume volume)
    {
        if (ApiSerializer.ToJsonObject(volume).Count <= (volume.Name is null ? 0 : 1))
        {
            return volume with { EmptyDir = new EmptyDirVolumeSource() };
        }

        return volume with
        {
            HostPath = volume.HostPath is { } hostPath ? hostPath with { Type = hostPath.Type ?? "" } : null,
            Secret = volume.Secret is { } secret ? secret with { DefaultMode = secret.DefaultMode ?? DefaultFileMode } : null,
            ConfigMap = volume.ConfigMap is { } configMap ? configMap with { DefaultMode = configMap.DefaultMode ?? DefaultFileMode } : null,
            DownwardAPI = volume.DownwardAPI is { } downward ? downward with
            {
                DefaultMode = downward.DefaultMode ?? DefaultFileMode,
                Items = downward.Items?.Select(Apply).ToList(),
            } : null,
            Projected = volume.Projected is { } projected ? projected with
            {
                DefaultMode = projected.DefaultMode ?? DefaultFileMode,
                Sources = projected.Sources?.Select(Apply).ToList(),
            } : null,
            Iscsi = volume.Iscsi is { } iscsi ? iscsi with { IscsiInterface = string.IsNullOrEmpty(iscsi.IscsiInterface) ? "default" : iscsi.IscsiInterface } : null,
            Rbd = volume.Rbd is { } rbd ? rbd with
            {
                Pool = string.IsNullOrEmpty(rbd.Pool) ? "rbd" : rbd.Pool,
                User = string.IsNullOrEmpty(rbd.User) ? "admin" : rbd.User,
                Keyring = string.IsNullOrEmpty(rbd.Keyring) ? "/etc/ceph/keyring" : rbd.Keyring,
            } : null,
            AzureDisk = volume.AzureDisk is { } azureDisk ? azureDisk with
            {
                CachingMode = azureDisk.CachingMode ?? "ReadWrite",
                Kind = azureDisk.Kind ?? "Shared",
                FsType = azureDisk.FsType ?? "ext4",
                ReadOnly = azureDisk.ReadOnly ?? false,
            } : null,
            ScaleIO = volume.ScaleIO is { } scaleIO ? scaleIO with
            {
                StorageMode = string.IsNullOrEmpty(scaleIO.StorageMode) ? "ThinProvisioned" : scaleIO.StorageMode,
                FsType = string.IsNullOrEmpty(scaleIO.FsType) ? "xfs" : scaleIO.FsType,
            } : null,
            Ephemeral = volume.Ephemeral?.VolumeClaimTemplate is { } template ? volume.Ephemeral with
            {
                VolumeClaimTemplate = template with { Spec = template.Spec with { VolumeMode = template.Spec.VolumeMode ?? "Filesystem" } },
            } : volume.Ephemeral,
        };
    }

    private static VolumeProjection Apply(VolumeProjection projection) => projection with
    {
        ServiceAccountToken = projection.ServiceAccountToken is { } token ? token with { ExpirationSeconds = token.ExpirationSeconds ?? 3600 } : null,
        DownwardAPI = projection.DownwardAPI is { } downward ? downward with { Items = downward.Items?.Select(Apply).ToList() } : null,
    };

    private static DownwardApiVolumeFile Apply(DownwardApiVolumeFile file) => file.FieldRef is { ApiVersion: null or "" } fieldRef
        ? file with { FieldRef = fieldRef with { ApiVersion = "v1" } }
        : file;
}
