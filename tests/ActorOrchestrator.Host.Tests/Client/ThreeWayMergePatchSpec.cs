using System.Text.Json.Nodes;
using ActorOrchestrator.Host.Client;

namespace ActorOrchestrator.Host.Tests.Client;

public sealed class ThreeWayMergePatchSpec
{
    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    [Fact]
    public void A_live_object_with_server_defaults_but_the_same_wanted_fields_needs_no_patch()
    {
        var modified = Json("""{"spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"a","image":"x"}]}}}}""");
        var current = Json("""{"spec":{"replicas":2,"revisionHistoryLimit":10,"template":{"spec":{"containers":[{"name":"a","image":"x","imagePullPolicy":"IfNotPresent"}]}}},"status":{"replicas":2}}""");

        Assert.Null(ThreeWayMergePatch.Create(modified, modified, current));
    }

    [Fact]
    public void A_changed_value_is_set_and_a_changed_list_is_sent_whole()
    {
        var last = Json("""{"spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"a","image":"x"}]}}}}""");
        var modified = Json("""{"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"a","image":"y"}]}}}}""");
        var current = Json("""{"spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"a","image":"x","imagePullPolicy":"IfNotPresent"}]}}}}""");

        var patch = ThreeWayMergePatch.Create(last, modified, current);

        Assert.Equal("""{"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"a","image":"y"}]}}}}""", patch!.ToJsonString());
    }

    [Fact]
    public void A_field_dropped_from_the_manifest_since_the_last_apply_is_removed_but_server_fields_are_kept()
    {
        var last = Json("""{"metadata":{"labels":{"app":"web","tier":"front"}}}""");
        var modified = Json("""{"metadata":{"labels":{"app":"web"}}}""");
        var current = Json("""{"metadata":{"labels":{"app":"web","tier":"front","added-by-hand":"yes"},"uid":"u"}}""");

        var patch = ThreeWayMergePatch.Create(last, modified, current);

        Assert.Equal("""{"metadata":{"labels":{"tier":null}}}""", patch!.ToJsonString());
    }

    [Fact]
    public void A_number_written_as_a_string_in_yaml_matches_the_same_number() =>
        Assert.True(ThreeWayMergePatch.IsSubset(JsonNode.Parse("\"8080\""), JsonNode.Parse("8080")));
}
