using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>Small objects of the served kinds, as entities would store them.</summary>
internal static class TestObjects
{
    private static readonly DateTimeOffset Created = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public static Pod Pod(string name, string ns = "default", IReadOnlyDictionary<string, string>? labels = null, string? nodeName = null, string phase = "Pending") =>
        new()
        {
            Metadata = Meta(name, ns, labels),
            Spec = new PodSpec
            {
                NodeName = nodeName,
                RestartPolicy = "Always",
                Containers = [new Container { Name = "main", Image = "busybox", Command = ["sleep", "3600"] }],
            },
            Status = new PodStatus { Phase = phase },
        };

    public static ConfigMap ConfigMap(string name, string ns = "default", IReadOnlyDictionary<string, string>? labels = null, string value = "v") =>
        new()
        {
            Metadata = Meta(name, ns, labels),
            Data = new Dictionary<string, string> { ["key"] = value },
        };

    public static Node Node(string name) => new() { Metadata = Meta(name, null, new Dictionary<string, string> { ["kubernetes.io/hostname"] = name }) };

    public static Dictionary<string, string> Labels(params string[] pairs) =>
        pairs.Select(pair => pair.Split('=')).ToDictionary(parts => parts[0], parts => parts[1]);

    private static ObjectMeta Meta(string name, string? ns, IReadOnlyDictionary<string, string>? labels) => new()
    {
        Name = name,
        Namespace = ns,
        Uid = Guid.NewGuid().ToString(),
        CreationTimestamp = Created,
        Labels = labels,
    };
}
