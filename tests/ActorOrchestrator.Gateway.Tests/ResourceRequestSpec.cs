using System.Net;
using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

public sealed class ResourceRequestSpec : IAsyncLifetime
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";
    private const string Deployments = "/apis/apps/v1/namespaces/default/deployments";

    private GatewayHarness _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayHarness.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Create_answers_201_with_kind_and_a_string_resourceVersion_and_a_following_get_sees_it()
    {
        var created = await StatusAssert.IsObjectAsync(await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("settings")), HttpStatusCode.Created);
        Assert.Equal("ConfigMap", created.GetProperty("kind").GetString());
        Assert.Equal("default", created.GetProperty("metadata").GetProperty("namespace").GetString());
        var resourceVersion = created.GetProperty("metadata").GetProperty("resourceVersion").GetString();
        Assert.True(long.Parse(resourceVersion!) > 0);

        var read = await StatusAssert.IsObjectAsync(await _gateway.Http.GetAsync($"{ConfigMaps}/settings"), HttpStatusCode.OK);
        Assert.Equal(resourceVersion, read.GetProperty("metadata").GetProperty("resourceVersion").GetString());
        Assert.Equal("value", read.GetProperty("data").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Creating_a_taken_name_is_409_AlreadyExists()
    {
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("twice"));
        var message = await StatusAssert.IsStatusAsync(await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("twice")), HttpStatusCode.Conflict, "AlreadyExists");
        Assert.Equal("configmaps \"twice\" already exists", message);
    }

    [Fact]
    public async Task Get_of_a_missing_object_is_404_naming_it()
    {
        var message = await StatusAssert.IsStatusAsync(await _gateway.Http.GetAsync($"{Deployments}/nope"), HttpStatusCode.NotFound, "NotFound");
        Assert.Equal("deployments.apps \"nope\" not found", message);
    }

    [Fact]
    public async Task List_filters_by_label_selector_and_pages_with_limit_and_continue()
    {
        foreach (var name in new[] { "a", "b", "c" })
        {
            await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap(name, labels: """{"tier":"web"}"""));
        }

        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("other", labels: """{"tier":"db"}"""));
        var first = await StatusAssert.IsObjectAsync(await _gateway.Http.GetAsync($"{ConfigMaps}?labelSelector=tier%3Dweb&limit=2"), HttpStatusCode.OK);
        Assert.Equal("ConfigMapList", first.GetProperty("kind").GetString());
        Assert.Equal(["a", "b"], first.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("metadata").GetProperty("name").GetString()));
        var token = first.GetProperty("metadata").GetProperty("continue").GetString();
        var second = await StatusAssert.IsObjectAsync(
            await _gateway.Http.GetAsync($"{ConfigMaps}?labelSelector=tier%3Dweb&limit=2&continue={Uri.EscapeDataString(token!)}"), HttpStatusCode.OK);
        Assert.Equal(["c"], second.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("metadata").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Update_with_a_stale_resourceVersion_is_409_Conflict()
    {
        var created = await StatusAssert.IsObjectAsync(await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("cas")), HttpStatusCode.Created);
        var stale = created.GetProperty("metadata").GetProperty("resourceVersion").GetString();
        var replacement = $$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cas","resourceVersion":"{{stale}}"},"data":{"key":"two"} }""";
        await StatusAssert.IsObjectAsync(await _gateway.SendAsync(HttpMethod.Put, $"{ConfigMaps}/cas", replacement), HttpStatusCode.OK);
        var message = await StatusAssert.IsStatusAsync(await _gateway.SendAsync(HttpMethod.Put, $"{ConfigMaps}/cas", replacement), HttpStatusCode.Conflict, "Conflict");
        Assert.Contains("the object has been modified", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_fields_are_refused_under_Strict_and_warned_about_under_Warn()
    {
        var manifest = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"extra"},"dataa":{"x":"y"}}""";
        var message = await StatusAssert.IsStatusAsync(
            await _gateway.SendAsync(HttpMethod.Post, $"{ConfigMaps}?fieldValidation=Strict", manifest), HttpStatusCode.BadRequest, "BadRequest");
        Assert.Contains("unknown field \"dataa\"", message, StringComparison.Ordinal);

        using var warned = await _gateway.SendAsync(HttpMethod.Post, $"{ConfigMaps}?fieldValidation=Warn", manifest);
        Assert.Equal(HttpStatusCode.Created, warned.StatusCode);
        Assert.Contains("299 - \"unknown field \\\"dataa\\\"\"", warned.Headers.GetValues("Warning"));
    }

    [Fact]
    public async Task Fields_stored_but_not_acted_on_are_named_in_Warning_headers()
    {
        var manifest = Manifests.Deployment("guarded").Replace(
            "\"image\":\"nginx:1.25\"", "\"image\":\"nginx:1.25\",\"securityContext\":{\"runAsNonRoot\":true}", StringComparison.Ordinal);
        using var response = await _gateway.SendAsync(HttpMethod.Post, Deployments, manifest);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(
            "299 - \"spec.template.spec.containers[0].securityContext: stored, but not acted on by this server yet\"", response.Headers.GetValues("Warning"));
    }

    [Fact]
    public async Task Malformed_json_is_400_naming_line_and_column()
    {
        var message = await StatusAssert.IsStatusAsync(
            await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, "{\"apiVersion\": \"v1\",\n \"kind\": ConfigMap}"), HttpStatusCode.BadRequest, "BadRequest");
        Assert.Contains("line 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_an_unknown_kind_is_404_naming_it()
    {
        var message = await StatusAssert.IsStatusAsync(
            await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, """{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}}"""),
            HttpStatusCode.NotFound, "NotFound");
        Assert.Contains("Widget", message, StringComparison.Ordinal);
        Assert.Contains("example.com/v1", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_object_is_422_naming_each_field()
    {
        var response = await _gateway.SendAsync(HttpMethod.Post, Deployments, Manifests.Deployment("bad", replicas: -1));
        var message = await StatusAssert.IsStatusAsync(response, HttpStatusCode.UnprocessableEntity, "Invalid");
        Assert.Contains("spec.replicas", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var big = Manifests.ConfigMap("big", data: $$"""{"blob":"{{new string('x', 2 * 1024 * 1024)}}"}""");
        await StatusAssert.IsStatusAsync(await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, big), HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge");
    }

    [Fact]
    public async Task A_protobuf_body_is_415_saying_what_to_use_instead()
    {
        var message = await StatusAssert.IsStatusAsync(
            await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces", "k8s\0", "application/vnd.kubernetes.protobuf"), HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        Assert.Contains("kubectl create -f", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patches_of_every_type_change_the_object()
    {
        await _gateway.SendAsync(HttpMethod.Post, Deployments, Manifests.Deployment("web"));
        await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/web", """{"metadata":{"labels":{"merged":"yes"}}}""", "application/merge-patch+json"), HttpStatusCode.OK);
        await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/web", """{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.26"}]}}}}""",
            "application/strategic-merge-patch+json"), HttpStatusCode.OK);
        var patched = await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/web", """[{"op":"replace","path":"/spec/replicas","value":5}]""", "application/json-patch+json"), HttpStatusCode.OK);
        Assert.Equal("yes", patched.GetProperty("metadata").GetProperty("labels").GetProperty("merged").GetString());
        Assert.Equal("nginx:1.26", patched.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers")[0].GetProperty("image").GetString());
        Assert.Equal(5, patched.GetProperty("spec").GetProperty("replicas").GetInt32());
    }

    [Fact]
    public async Task A_strategic_patch_with_an_unknown_field_is_refused_under_Strict_but_its_directives_and_nulls_pass()
    {
        await _gateway.SendAsync(HttpMethod.Post, Deployments, Manifests.Deployment("strict"));
        var message = await StatusAssert.IsStatusAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/strict?fieldValidation=Strict", """{"spec":{"replicaz":3}}""", "application/strategic-merge-patch+json"),
            HttpStatusCode.BadRequest, "BadRequest");
        Assert.Contains("unknown field \"spec.replicaz\"", message, StringComparison.Ordinal);

        var directives = """
            {"metadata":{"labels":{"gone":null}},
             "spec":{"paused":null,"template":{"spec":{"$setElementOrder/containers":[{"name":"nginx"}],"containers":[{"name":"nginx","image":"nginx:1.27"}]}}}}
            """;
        await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/strict?fieldValidation=Strict", directives, "application/strategic-merge-patch+json"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Server_side_apply_creates_when_absent_and_needs_a_field_manager()
    {
        await StatusAssert.IsStatusAsync(
            await _gateway.SendAsync(HttpMethod.Patch, $"{Deployments}/applied", Manifests.Deployment("applied"), "application/apply-patch+yaml"),
            HttpStatusCode.UnprocessableEntity, "Invalid");
        await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/applied?fieldManager=kubectl&force=false", Manifests.Deployment("applied"), "application/apply-patch+yaml"), HttpStatusCode.Created);
        var updated = await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/applied?fieldManager=kubectl", Manifests.Deployment("applied", replicas: 4), "application/apply-patch+yaml"), HttpStatusCode.OK);
        Assert.Equal(4, updated.GetProperty("spec").GetProperty("replicas").GetInt32());
    }

    [Fact]
    public async Task Scale_subresource_reads_and_patches_replicas_as_an_autoscaling_Scale()
    {
        await _gateway.SendAsync(HttpMethod.Post, Deployments, Manifests.Deployment("scaled", replicas: 2));
        var scale = await StatusAssert.IsObjectAsync(await _gateway.Http.GetAsync($"{Deployments}/scaled/scale"), HttpStatusCode.OK);
        Assert.Equal("Scale", scale.GetProperty("kind").GetString());
        Assert.Equal("autoscaling/v1", scale.GetProperty("apiVersion").GetString());
        Assert.Equal(2, scale.GetProperty("spec").GetProperty("replicas").GetInt32());
        Assert.Equal("app=scaled", scale.GetProperty("status").GetProperty("selector").GetString());

        var patched = await StatusAssert.IsObjectAsync(await _gateway.SendAsync(
            HttpMethod.Patch, $"{Deployments}/scaled/scale", """{"spec":{"replicas":4}}""", "application/merge-patch+json"), HttpStatusCode.OK);
        Assert.Equal(4, patched.GetProperty("spec").GetProperty("replicas").GetInt32());
        var deployment = await StatusAssert.IsObjectAsync(await _gateway.Http.GetAsync($"{Deployments}/scaled"), HttpStatusCode.OK);
        Assert.Equal(4, deployment.GetProperty("spec").GetProperty("replicas").GetInt32());

        var stale = scale.GetProperty("metadata").GetProperty("resourceVersion").GetString();
        var put = $$"""{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"scaled","namespace":"default","resourceVersion":"{{stale}}"},"spec":{"replicas":1} }""";
        await StatusAssert.IsStatusAsync(await _gateway.SendAsync(HttpMethod.Put, $"{Deployments}/scaled/scale", put), HttpStatusCode.Conflict, "Conflict");
    }

    [Fact]
    public async Task Delete_answers_the_last_state_and_the_object_is_gone_for_the_next_get()
    {
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("doomed"));
        var deleted = await StatusAssert.IsObjectAsync(
            await _gateway.SendAsync(HttpMethod.Delete, $"{ConfigMaps}/doomed", """{"propagationPolicy":"Background"}"""), HttpStatusCode.OK);
        Assert.Equal("doomed", deleted.GetProperty("metadata").GetProperty("name").GetString());
        await StatusAssert.IsStatusAsync(await _gateway.Http.GetAsync($"{ConfigMaps}/doomed"), HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task Delete_with_a_failed_precondition_is_409()
    {
        await _gateway.SendAsync(HttpMethod.Post, ConfigMaps, Manifests.ConfigMap("guarded"));
        await StatusAssert.IsStatusAsync(
            await _gateway.SendAsync(HttpMethod.Delete, $"{ConfigMaps}/guarded", """{"preconditions":{"uid":"someone-else"}}"""), HttpStatusCode.Conflict, "Conflict");
    }

    [Fact]
    public async Task A_wrong_method_is_405_and_an_unreadable_selector_is_400()
    {
        await StatusAssert.IsStatusAsync(await _gateway.SendAsync(HttpMethod.Post, $"{ConfigMaps}/x/status", "{}"), HttpStatusCode.NotFound, "NotFound");
        await StatusAssert.IsStatusAsync(await _gateway.SendAsync(HttpMethod.Put, ConfigMaps, "{}"), HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
        await StatusAssert.IsStatusAsync(await _gateway.Http.GetAsync($"{ConfigMaps}?labelSelector=a%20in%20(b"), HttpStatusCode.BadRequest, "BadRequest");
        await StatusAssert.IsStatusAsync(await _gateway.Http.GetAsync($"{ConfigMaps}?fieldSelector=spec.nope%3Dx"), HttpStatusCode.BadRequest, "BadRequest");
    }
}
