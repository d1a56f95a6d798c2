using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

/// <summary>Objects as a client sends them to be created: no uid, no resourceVersion, no status.</summary>
internal static class NewObjects
{
    public static Pod Pod(string name, string ns = "default", string image = "busybox") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns, Labels = new Dictionary<string, string> { ["app"] = "web" } },
        Spec = new PodSpec { Containers = [new Container { Name = "main", Image = image, Command = ["sleep", "3600"] }] },
    };

    public static ConfigMap ConfigMap(string name, string ns = "default", string value = "v") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Data = new Dictionary<string, string> { ["key"] = value },
    };

    public static Namespace Namespace(string name) => new() { Metadata = new ObjectMeta { Name = name } };

    public static Deployment Deployment(string name, int replicas = 2, string ns = "default", string image = "nginx") => new()
    {
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new DeploymentSpec
        {
            Replicas = replicas,
            Selector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new PodTemplateSpec
            {
                Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new PodSpec { Containers = [new Container { Name = "main", Image = image }] },
            },
        },
    };

    /// <summary>A reference from a dependent to <paramref name="owner"/> as a controller sets it.</summary>
    public static OwnerReference OwnedBy(IKubernetesObject owner, bool blockOwnerDeletion = true) => new()
    {
        ApiVersion = owner.ApiVersion,
        Kind = owner.Kind,
        Name = owner.Metadata.Name,
        Uid = owner.Metadata.Uid,
        Controller = true,
        BlockOwnerDeletion = blockOwnerDeletion,
    };

    public static T Owned<T>(T dependent, params OwnerReference[] owners)
        where T : IKubernetesObject =>
        (T)ControlPlane.Entities.ResourceObjects.WithMetadata(dependent, dependent.Metadata with { OwnerReferences = owners });
}
