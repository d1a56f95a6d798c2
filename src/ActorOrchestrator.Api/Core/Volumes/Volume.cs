namespace ActorOrchestrator.Api.Core;

/// <summary>Kubernetes' core/v1 Volume: a name and exactly one volume source, every source type.</summary>
public sealed record Volume
{
    public string? Name { get; init; }

    public HostPathVolumeSource? HostPath { get; init; }

    public EmptyDirVolumeSource? EmptyDir { get; init; }

    public GcePersistentDiskVolumeSource? GcePersistentDisk { get; init; }

    public AwsElasticBlockStoreVolumeSource? AwsElasticBlockStore { get; init; }

    public GitRepoVolumeSource? GitRepo { get; init; }

    public SecretVolumeSource? Secret { get; init; }

    public NfsVolumeSource? Nfs { get; init; }

    public IscsiVolumeSource? Iscsi { get; init; }

    public GlusterfsVolumeSource? Glusterfs { get; init; }

    public PersistentVolumeClaimVolumeSource? PersistentVolumeClaim { get; init; }

    public RbdVolumeSource? Rbd { get; init; }

    public FlexVolumeSource? FlexVolume { get; init; }

    public CinderVolumeSource? Cinder { get; init; }

    public CephFsVolumeSource? Cephfs { get; init; }

    public FlockerVolumeSource? Flocker { get; init; }

    public DownwardApiVolumeSource? DownwardAPI { get; init; }

    public FcVolumeSource? Fc { get; init; }

    public AzureFileVolumeSource? AzureFile { get; init; }

    public ConfigMapVolumeSource? ConfigMap { get; init; }

    public VsphereVirtualDiskVolumeSource? VsphereVolume { get; init; }

    public QuobyteVolumeSource? Quobyte { get; init; }

    public AzureDiskVolumeSource? AzureDisk { get; init; }

    public PhotonPersistentDiskVolumeSource? PhotonPersistentDisk { get; init; }

    public ProjectedVolumeSource? Projected { get; init; }

    public PortworxVolumeSource? PortworxVolume { get; init; }

    public ScaleIOVolumeSource? ScaleIO { get; init; }

    public StorageOSVolumeSource? Storageos { get; init; }

    public CsiVolumeSource? Csi { get; init; }

    public EphemeralVolumeSource? Ephemeral { get; init; }

    public ImageVolumeSource? Image { get; init; }
}
