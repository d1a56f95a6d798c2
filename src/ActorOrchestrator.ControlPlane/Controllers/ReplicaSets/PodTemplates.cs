using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers.Shared;

namespace ActorOrchestrator.ControlPlane.Controllers.ReplicaSets;

/// <summary>The pod a replica set creates from its template (Kubernetes' <c>GetPodFromTemplate</c>).</summary>
internal static class PodTemplates
{
    public static Pod PodFor(ReplicaSet replicaSet)
    {
        var template = replicaSet.Spec.Template;
        return new Pod
        {
            Metadata = new ObjectMeta
            {
                GenerateName = $"{replicaSet.Metadata.Name}-",
                Namespace = replicaSet.Metadata.Namespace,
                Labels = template.Metadata.Labels,
                Annotations = template.Metadata.Annotations,
                Finalizers = template.Metadata.Finalizers,
                OwnerReferences = [ControllerRefs.For(replicaSet)],
            },
            Spec = template.Spec,
        };
    }
}
