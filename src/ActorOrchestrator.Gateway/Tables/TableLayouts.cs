using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Gateway.Tables;

internal static class TableLayouts
{
    public static TableLayout For(ResourceKind kind) => kind.Kind switch
    {
        "Pod" => PodTable.Layout,
        "Deployment" => WorkloadTables.Deployment,
        "ReplicaSet" => WorkloadTables.ReplicaSet,
        "Node" => ClusterTables.Node,
        "Namespace" => ClusterTables.Namespace,
        "ConfigMap" => ConfigTables.ConfigMap,
        "Secret" => ConfigTables.Secret,
        "Event" => ConfigTables.Event,
        _ => TableLayout.Default,
    };
}
