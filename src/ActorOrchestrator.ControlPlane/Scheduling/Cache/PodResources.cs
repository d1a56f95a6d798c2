namespace ActorOrchestrator.ControlPlane.Scheduling.Cache;

/// <summary>Amounts of the resources the scheduler accounts for: cpu in millicores, memory and ephemeral storage in bytes.</summary>
internal readonly record struct PodResources(long CpuMilli, long Memory, long EphemeralStorage)
{
    public static PodResources operator +(PodResources left, PodResources right) =>
        new(left.CpuMilli + right.CpuMilli, left.Memory + right.Memory, left.EphemeralStorage + right.EphemeralStorage);

    public static PodResources operator -(PodResources left, PodResources right) =>
        new(left.CpuMilli - right.CpuMilli, left.Memory - right.Memory, left.EphemeralStorage - right.EphemeralStorage);

    /// <summary>Each resource the larger of the two.</summary>
    public PodResources Max(PodResources other) =>
        new(Math.Max(CpuMilli, other.CpuMilli), Math.Max(Memory, other.Memory), Math.Max(EphemeralStorage, other.EphemeralStorage));
}
