using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Patching;

namespace ActorOrchestrator.Api.Tests.Patching;

public sealed class StrategicMergePatchSpec
{
    private const string Deployment = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","labels":{"app":"web","tier":"front"},"finalizers":["a/x"]},
         "spec":{"replicas":2,"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1,"maxUnavailable":0}},
          "template":{"spec":{"tolerations":[{"key":"a","operator":"Exists"}],
           "containers":[
            {"name":"web","image":"nginx:1.25","args":["-a","-b"],
             "env":[{"name":"A","value":"1"},{"name":"B","value":"2"}],
             "ports":[{"containerPort":80,"name":"http"}],
             "volumeMounts":[{"name":"data","mountPath":"/data"}]},
            {"name":"sidecar","image":"busybox"}],
           "volumes":[{"name":"data","emptyDir":{}}]}}}}
        """;

    private static JsonObject Patch(string patch) =>
        StrategicMergePatch.Apply(JsonNode.Parse(Deployment)!.AsObject(), JsonNode.Parse(patch), ResourceKinds.Deployment);

    private static JsonNode Containers(JsonObject result) => result["spec"]!["template"]!["spec"]!["containers"]!;

    [Fact]
    public void Containers_merge_by_name_and_keep_unmentioned_fields()
    {
        var result = Patch("""{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.26"}]}}}}""");

        var containers = Containers(result).AsArray();
        Assert.Equal(2, containers.Count);
        Assert.Equal("nginx:1.26", containers[0]!["image"]!.GetValue<string>());
        Assert.Equal(2, containers[0]!["env"]!.AsArray().Count);
        Assert.Equal("busybox", containers[1]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void New_elements_are_appended_and_nested_lists_merge_by_their_own_keys()
    {
        var result = Patch("""
            {"spec":{"template":{"spec":{"containers":[
              {"name":"web","env":[{"name":"B","value":"two"},{"name":"C","value":"3"}],"ports":[{"containerPort":443,"name":"https"}],
               "volumeMounts":[{"mountPath":"/data","readOnly":true}]},
              {"name":"extra","image":"redis"}]}}}}
            """);

        var web = Containers(result)[0]!;
        Assert.Equal("""[{"name":"A","value":"1"},{"name":"B","value":"two"},{"name":"C","value":"3"}]""", web["env"]!.ToJsonString());
        Assert.Equal([80, 443], web["ports"]!.AsArray().Select(port => port!["containerPort"]!.GetValue<int>()));
        Assert.True(web["volumeMounts"]![0]!["readOnly"]!.GetValue<bool>());
        Assert.Equal(["web", "sidecar", "extra"], Containers(result).AsArray().Select(item => item!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void Delete_directive_removes_the_element_with_that_key()
    {
        var result = Patch("""{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}""");

        Assert.Equal(["web"], Containers(result).AsArray().Select(item => item!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void Replace_directive_replaces_a_list_or_a_map_whole()
    {
        var list = Patch("""{"spec":{"template":{"spec":{"containers":[{"$patch":"replace"},{"name":"only","image":"x"}]}}}}""");
        var map = Patch("""{"metadata":{"labels":{"$patch":"replace","new":"yes"}}}""");

        Assert.Equal("""[{"name":"only","image":"x"}]""", Containers(list).ToJsonString());
        Assert.Equal("""{"new":"yes"}""", map["metadata"]!["labels"]!.ToJsonString());
    }

    [Fact]
    public void Lists_without_a_merge_key_are_replaced_and_null_deletes()
    {
        var result = Patch("""{"metadata":{"labels":{"tier":null}},"spec":{"template":{"spec":{"tolerations":[{"key":"b","operator":"Exists"}],"containers":[{"name":"web","args":["-c"]}]}}}}""");

        Assert.Equal("""{"app":"web"}""", result["metadata"]!["labels"]!.ToJsonString());
        Assert.Equal("""[{"key":"b","operator":"Exists"}]""", result["spec"]!["template"]!["spec"]!["tolerations"]!.ToJsonString());
        Assert.Equal("""["-c"]""", Containers(result)[0]!["args"]!.ToJsonString());
    }

    [Fact]
    public void Finalizers_merge_as_a_set_and_primitives_can_be_deleted()
    {
        var added = Patch("""{"metadata":{"finalizers":["a/x","b/y"]}}""");
        var removed = Patch("""{"metadata":{"$deleteFromPrimitiveList/finalizers":["a/x"]}}""");

        Assert.Equal("""["a/x","b/y"]""", added["metadata"]!["finalizers"]!.ToJsonString());
        Assert.Equal("[]", removed["metadata"]!["finalizers"]!.ToJsonString());
    }

    [Fact]
    public void Set_element_order_reorders_and_is_tolerated_as_kubectl_apply_sends_it()
    {
        var result = Patch("""
            {"spec":{"template":{"spec":{"$setElementOrder/containers":[{"name":"sidecar"},{"name":"web"}],
              "containers":[{"name":"web","image":"nginx:1.26"}]}}}}
            """);

        Assert.Equal(["sidecar", "web"], Containers(result).AsArray().Select(item => item!["name"]!.GetValue<string>()));
        Assert.Equal("nginx:1.26", Containers(result)[1]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void Retain_keys_drops_the_fields_a_strategy_switch_leaves_behind()
    {
        var result = Patch("""{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}""");

        Assert.Equal("""{"type":"Recreate"}""", result["spec"]!["strategy"]!.ToJsonString());
    }

    [Fact]
    public void Cordon_and_uncordon_patches_as_kubectl_sends_them()
    {
        var node = JsonNode.Parse("""{"apiVersion":"v1","kind":"Node","metadata":{"name":"n"},"spec":{}}""")!.AsObject();

        var cordoned = StrategicMergePatch.Apply(node, JsonNode.Parse("""{"spec":{"unschedulable":true}}"""), ResourceKinds.Node);
        var uncordoned = StrategicMergePatch.Apply(cordoned, JsonNode.Parse("""{"spec":{"unschedulable":null}}"""), ResourceKinds.Node);

        Assert.True(cordoned["spec"]!["unschedulable"]!.GetValue<bool>());
        Assert.Equal("{}", uncordoned["spec"]!.ToJsonString());
    }

    [Fact]
    public void Inputs_are_not_changed()
    {
        var original = JsonNode.Parse(Deployment)!.AsObject();
        var before = original.ToJsonString();

        StrategicMergePatch.Apply(original, JsonNode.Parse("""{"spec":{"replicas":5}}"""), ResourceKinds.Deployment);

        Assert.Equal(before, original.ToJsonString());
    }
}
