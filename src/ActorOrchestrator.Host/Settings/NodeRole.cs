namespace ActorOrchestrator.Host.Settings;

/// <summary>What a cluster member does; written in configuration as <c>control-plane</c> and <c>worker</c>.</summary>
internal enum NodeRole
{
    ControlPlane,
    Worker,
}
