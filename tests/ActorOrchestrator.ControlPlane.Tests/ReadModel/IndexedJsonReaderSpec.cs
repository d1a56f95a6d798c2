using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ReadModel;

/// <summary>The view reads labels and selectable fields from JSON; they must be exactly what the API's model says, for every kind.</summary>
public sealed class IndexedJsonReaderSpec
{
    private static readonly Dictionary<string, IKubernetesObject> Cases = Objects();

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    private static Dictionary<string, IKubernetesObject> Objects()
    {
        var meta = new ObjectMeta { Name = "x", Namespace = "ns", Uid = "u-1", Labels = TestObjects.Labels("app=web", "quote=a\"b", "accent=caf\u00e9") };
        var clusterMeta = meta with { Namespace = null };
        var reference = new ObjectReference { Kind = "Pod", Namespace = "ns", Name = "web-1", Uid = "u-2", ApiVersion = "v1", ResourceVersion = "12", FieldPath = "spec.containers{app}" };
        var data = new Dictionary<string, IKubernetesObject>
        {
            { "full pod", TestObjects.Pod("web-1", labels: TestObjects.Labels("app=web")) with
                {
                    Spec = new PodSpec { NodeName = "n1", RestartPolicy = "Never", SchedulerName = "default-scheduler", ServiceAccountName = "sa", HostNetwork = true },
                    Status = new PodStatus { Phase = "Running", PodIP = "10.0.0.7", NominatedNodeName = "n2" },
                } },
            { "bare pod", new Pod { Metadata = meta } },
            { "pod without host network", new Pod { Metadata = meta, Spec = new PodSpec { HostNetwork = false } } },
            { "cordoned node", new Node { Metadata = clusterMeta, Spec = new NodeSpec { Unschedulable = true } } },
            { "node", new Node { Metadata = clusterMeta } },
            { "namespace", new Namespace { Metadata = clusterMeta, Status = new NamespaceStatus { Phase = "Terminating" } } },
            { "bare namespace", new Namespace { Metadata = clusterMeta } },
            { "secret", new Secret { Metadata = meta, Type = "kubernetes.io/tls" } },
            { "untyped secret", new Secret { Metadata = meta } },
            { "replica set", new ReplicaSet { Metadata = meta, Status = new ReplicaSetStatus { Replicas = 3 } } },
            { "new replica set", new ReplicaSet { Metadata = meta } },
            { "event", new Event { Metadata = meta, InvolvedObject = reference, Reason = "Scheduled", Type = "Normal", Source = new EventSource { Component = "scheduler", Host = "h" } } },
            { "bare event", new Event { Metadata = meta } },
            { "config map", TestObjects.ConfigMap("c", labels: TestObjects.Labels("a=b")) },
            { "unlabelled deployment", new Deployment { Metadata = meta with { Labels = null } } },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Uid_labels_and_fields_read_from_JSON_equal_the_models(string description)
    {
        var resource = Cases[description];
        var kind = ResourceKinds.Of(resource);
        var json = ApiSerializer.ToJsonBytes(resource);

        var (uid, labels, fields) = IndexedJsonReader.For(kind).Read(json, ResourceKey.Of(resource));

        Assert.True(resource.Metadata.Uid == uid, description);
        Assert.Equal((resource.Metadata.Labels ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal), labels);
        Assert.Equal(SelectableFields.Of(resource).OrderBy(p => p.Key, StringComparer.Ordinal), fields);
        Assert.Equal(SelectableFields.Supported(kind).Order(StringComparer.Ordinal), fields.Keys);
    }
}
