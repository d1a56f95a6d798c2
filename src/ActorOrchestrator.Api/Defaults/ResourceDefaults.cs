using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Defaults;

/// <summary>
/// The defaults the Kubernetes API server fills in on create and update (<c>SetDefaults_*</c> of core/v1 and apps/v1,
/// plus the write-only <c>stringData</c> of Secrets folded into <c>data</c>). Fields already set are kept.
/// </summary>
public static class ResourceDefaults
{
    public static IKubernetesObject Apply(IKubernetesObject resource) => resource switch
    {
        Pod pod => Apply(pod),
        Deployment deployment => Apply(deployment),
        ReplicaSet replicaSet => Apply(replicaSet),
        Namespace ns => Apply(ns),
        Node node => Apply(node),
        Secret secret => Apply(secret),
        _ => resource,
    };

    public static Pod Apply(Pod pod) => pod with { Spec = PodSpecDefaults.Apply(pod.Spec) };

    public static Deployment Apply(Deployment deployment)
    {
        var spec = deployment.Spec;
        var strategy = spec.Strategy ?? new DeploymentStrategy();
        strategy = strategy with { Type = strategy.Type ?? "RollingUpdate" };
        if (strategy.Type == "RollingUpdate")
        {
            var rolling = strategy.RollingUpdate ?? new RollingUpdateDeployment();
            strategy = strategy with
            {
                RollingUpdate = rolling with { MaxUnavailable = rolling.MaxUnavailable ?? "25%", MaxSurge = rolling.MaxSurge ?? "25%" },
            };
        }

        return deployment with
        {
            Spec = spec with
            {
                Replicas = spec.Replicas ?? 1,
                Strategy = strategy,
                RevisionHistoryLimit = spec.RevisionHistoryLimit ?? 10,
                ProgressDeadlineSeconds = spec.ProgressDeadlineSeconds ?? 600,
                Template = Apply(spec.Template),
            },
        };
    }

    public static ReplicaSet Apply(ReplicaSet replicaSet) => replicaSet with
    {
        Spec = replicaSet.Spec with
        {
            Replicas = replicaSet.Spec.Replicas ?? 1,
            Template = Apply(replicaSet.Spec.Template),
        },
    };

    public static PodTemplateSpec Apply(PodTemplateSpec template) => template with { Spec = PodSpecDefaults.Apply(template.Spec) };

    /// <summary>Phase Active and the <c>kubernetes</c> finalizer, as a new namespace gets them.</summary>
    public static Namespace Apply(Namespace ns)
    {
        var status = ns.Status ?? new NamespaceStatus();
        return ns with
        {
            Spec = ns.Spec with { Finalizers = ns.Spec.Finalizers ?? ["kubernetes"] },
            Status = status with { Phase = status.Phase ?? "Active" },
        };
    }

    public static Node Apply(Node node) => node.Status is { Allocatable: null, Capacity: { } capacity } status
        ? node with { Status = status with { Allocatable = capacity } }
        : node;

    /// <summary>Type defaults to Opaque; stringData is write-only and merged into data (stringData wins).</summary>
    public static Secret Apply(Secret secret)
    {
        var data = secret.Data;
        if (secret.StringData is { Count: > 0 } stringData)
        {
            var merged = new Dictionary<string, byte[]>(secret.Data ?? new Dictionary<string, byte[]>(), StringComparer.Ordinal);
            foreach (var (key, value) in stringData)
            {
                merged[key] = System.Text.Encoding.UTF8.GetBytes(value);
            }

            data = merged;
        }

        return secret with { Type = string.IsNullOrEmpty(secret.Type) ? "Opaque" : secret.Type, Data = data, StringData = null };
    }
}
