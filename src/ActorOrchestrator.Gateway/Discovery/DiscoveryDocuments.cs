using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace ActorOrchestrator.Gateway.Discovery;

/// <summary>The discovery documents: <c>/version</c>, legacy <c>/api</c>, <c>/apis</c> and APIResourceLists, and aggregated discovery.</summary>
internal static class DiscoveryDocuments
{
    public static JsonObject Version(KubernetesVersion version) => new()
    {
        ["major"] = version.Major,
        ["minor"] = version.Minor,
        ["gitVersion"] = version.GitVersion,
        ["gitCommit"] = "",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "1970-01-01T00:00:00Z",
        ["goVersion"] = $"dotnet{Environment.Version}",
        ["compiler"] = "dotnet",
        ["platform"] = $"linux/{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() switch { "x64" => "amd64", var other => other }}",
    };

    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject ApiGroupList() => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray([.. NamedGroups().Select(group => (JsonNode)ApiGroup(group.Group, group.Versions))]),
    };

    public static JsonObject ApiGroup(string group, IEnumerable<string> versions)
    {
        var listed = versions.Select(version => (JsonNode)GroupVersionEntry(group, version)).ToArray();
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = group,
            ["versions"] = new JsonArray(listed),
            ["preferredVersion"] = listed[0].DeepClone(),
        };
    }

    public static JsonObject ApiResourceList(string group, string version)
    {
        var resources = new JsonArray();
        foreach (var served in ResourceCatalog.In(group, version))
        {
            var kind = served.Kind;
            var entry = new JsonObject
            {
                ["name"] = kind.Plural,
                ["singularName"] = kind.Singular,
                ["namespaced"] = kind.Namespaced,
                ["kind"] = kind.Kind,
                ["verbs"] = Strings(ServedResource.Verbs),
            };
            AddIfAny(entry, "shortNames", kind.ShortNames);
            AddIfAny(entry, "categories", served.Categories);
            resources.Add(entry);
            foreach (var sub in served.Subresources)
            {
                var subEntry = new JsonObject
                {
                    ["name"] = $"{kind.Plural}/{sub.Name}",
                    ["singularName"] = "",
                    ["namespaced"] = kind.Namespaced,
                };
                if (sub.Group != group || sub.Version != version)
                {
                    subEntry["group"] = sub.Group;
                    subEntry["version"] = sub.Version;
                }

                subEntry["kind"] = sub.Kind;
                subEntry["verbs"] = Strings(sub.Verbs);
                resources.Add(subEntry);
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }

    /// <summary>An <c>APIGroupDiscoveryList</c> of the core group (<paramref name="core"/>) or of every named group.</summary>
    public static JsonObject Aggregated(bool core, string mediaType)
    {
        var groups = core ? [("", ["v1"])] : NamedGroups();
        var items = new JsonArray();
        foreach (var (group, groupVersions) in groups)
        {
            var versions = new JsonArray();
            foreach (var version in groupVersions)
            {
                versions.Add(new JsonObject
                {
                    ["version"] = version,
                    ["resources"] = new JsonArray([.. ResourceCatalog.In(group, version).Select(AggregatedResource)]),
                    ["freshness"] = "Current",
                });
            }

            items.Add(new JsonObject { ["metadata"] = new JsonObject { ["name"] = group }, ["versions"] = versions });
        }

        return new JsonObject
        {
            ["kind"] = "APIGroupDiscoveryList",
            ["apiVersion"] = mediaType.Contains("v=v2beta1", StringComparison.Ordinal) ? "apidiscovery.k8s.io/v2beta1" : "apidiscovery.k8s.io/v2",
            ["metadata"] = new JsonObject(),
            ["items"] = items,
        };
    }

    private static JsonNode AggregatedResource(ServedResource served)
    {
        var kind = served.Kind;
        var entry = new JsonObject
        {
            ["resource"] = kind.Plural,
            ["responseKind"] = ResponseKind(kind.Group, kind.Version, kind.Kind),
            ["scope"] = kind.Namespaced ? "Namespaced" : "Cluster",
            ["singularResource"] = kind.Singular,
            ["verbs"] = Strings(ServedResource.Verbs),
        };
        AddIfAny(entry, "shortNames", kind.ShortNames);
        AddIfAny(entry, "categories", served.Categories);
        entry["subresources"] = new JsonArray([.. served.Subresources.Select(sub => (JsonNode)new JsonObject
        {
            ["subresource"] = sub.Name,
            ["responseKind"] = ResponseKind(sub.Group, sub.Version, sub.Kind),
            ["verbs"] = Strings(sub.Verbs),
        })]);
        return entry;
    }

    private static IReadOnlyList<(string Group, IReadOnlyList<string> Versions)> NamedGroups() =>
    [
        .. ResourceCatalog.GroupVersions.Where(gv => gv.Group.Length > 0)
            .GroupBy(gv => gv.Group, gv => gv.Version)
            .Select(group => (group.Key, (IReadOnlyList<string>)[.. group])),
    ];

    private static JsonObject GroupVersionEntry(string group, string version) =>
        new() { ["groupVersion"] = $"{group}/{version}", ["version"] = version };

    private static JsonObject ResponseKind(string group, string version, string kind) =>
        new() { ["group"] = group, ["version"] = version, ["kind"] = kind };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(value => (JsonNode)value)]);

    private static void AddIfAny(JsonObject entry, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            entry[name] = Strings(values);
        }
    }
}
