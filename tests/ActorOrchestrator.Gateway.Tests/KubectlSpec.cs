using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

/// <summary>The stock kubectl, unmodified, against the gateway over loopback: the flows users run.</summary>
public sealed class KubectlSpec : IAsyncLifetime
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: nginx
                image: IMAGE
        """;

    private GatewayHarness _gateway = null!;
    private Kubectl _kubectl = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayHarness.StartAsync();
        _kubectl = new Kubectl(_gateway.Address);
    }

    public async Task DisposeAsync()
    {
        _kubectl.Dispose();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task Version_makes_the_dispatcher_run_kubectl_1_31_against_server_1_31()
    {
        var result = (await _kubectl.RunAsync("version")).Succeeded();
        Assert.Contains("Client Version: v1.31.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Server Version: v1.31.0+ao", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_resources_lists_every_served_kind_with_short_names()
    {
        var result = (await _kubectl.RunAsync("api-resources")).Succeeded();
        foreach (var line in new[] { "deployments", "deploy", "replicasets", "pods", "configmaps", "nodes", "namespaces", "secrets", "events" })
        {
            Assert.Contains(line, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Apply_creates_then_configures_then_leaves_unchanged_and_get_prints_kubectls_columns()
    {
        var v1 = _kubectl.WriteFile("web-v1.yaml", Deployment.Replace("IMAGE", "nginx:1.25", StringComparison.Ordinal));
        var v2 = _kubectl.WriteFile("web-v2.yaml", Deployment.Replace("IMAGE", "nginx:1.26", StringComparison.Ordinal));
        Assert.Contains("deployment.apps/web created", (await _kubectl.RunAsync("apply", "-f", v1)).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("deployment.apps/web configured", (await _kubectl.RunAsync("apply", "-f", v2)).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("deployment.apps/web unchanged", (await _kubectl.RunAsync("apply", "-f", v2)).Succeeded().Output, StringComparison.Ordinal);

        var table = (await _kubectl.RunAsync("get", "deploy", "-o", "wide")).Succeeded().Output;
        Assert.Matches(@"NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR", table);
        Assert.Matches(@"web\s+0/2\s+0\s+0\s+\S+\s+nginx\s+nginx:1\.26\s+app=web", table);

        var yaml = (await _kubectl.RunAsync("get", "deployment", "web", "-o", "yaml")).Succeeded().Output;
        Assert.Contains("kind: Deployment", yaml, StringComparison.Ordinal);
        Assert.Contains("image: nginx:1.26", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_side_apply_creates_and_scale_changes_replicas()
    {
        var manifest = _kubectl.WriteFile("api.yaml", Deployment.Replace("name: web", "name: api", StringComparison.Ordinal).Replace("IMAGE", "nginx:1.25", StringComparison.Ordinal));
        Assert.Contains("deployment.apps/api serverside-applied", (await _kubectl.RunAsync("apply", "--server-side", "-f", manifest)).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("deployment.apps/api scaled", (await _kubectl.RunAsync("scale", "deployment", "api", "--replicas=4")).Succeeded().Output, StringComparison.Ordinal);
        var replicas = (await _kubectl.RunAsync("get", "deployment", "api", "-o", "jsonpath={.spec.replicas}")).Succeeded().Output;
        Assert.Equal("4", replicas.Trim());
    }

    [Fact]
    public async Task Create_twice_reports_AlreadyExists_and_delete_removes_it()
    {
        var manifest = _kubectl.WriteFile("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: \"1\"\n");
        Assert.Contains("configmap/settings created", (await _kubectl.RunAsync("create", "-f", manifest)).Succeeded().Output, StringComparison.Ordinal);
        var again = (await _kubectl.RunAsync("create", "-f", manifest)).Failed();
        Assert.Contains("Error from server (AlreadyExists)", again.Error, StringComparison.Ordinal);
        Assert.Matches(@"settings\s+1\s+\S+", (await _kubectl.RunAsync("get", "configmaps")).Succeeded().Output);
        Assert.Contains("configmap \"settings\" deleted", (await _kubectl.RunAsync("delete", "configmap", "settings")).Succeeded().Output, StringComparison.Ordinal);
        var missing = (await _kubectl.RunAsync("get", "configmap", "settings")).Failed();
        Assert.Contains("Error from server (NotFound): configmaps \"settings\" not found", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_of_a_manifest_with_an_unknown_field_fails_under_kubectls_strict_validation()
    {
        var manifest = _kubectl.WriteFile("typo.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: typo\ndataa:\n  a: \"1\"\n");
        var result = (await _kubectl.RunAsync("apply", "-f", manifest)).Failed();
        Assert.Contains("unknown field \"dataa\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_namespace_and_label_and_get_with_a_selector()
    {
        Assert.Contains("namespace/team-a created", (await _kubectl.RunAsync("create", "namespace", "team-a")).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("namespace/team-a labeled", (await _kubectl.RunAsync("label", "namespace", "team-a", "tier=gold")).Succeeded().Output, StringComparison.Ordinal);
        var listed = (await _kubectl.RunAsync("get", "ns", "-l", "tier=gold", "--show-labels")).Succeeded().Output;
        Assert.Matches(@"team-a\s+Active\s+\S+\s+.*tier=gold", listed);
    }

    [Fact]
    public async Task Create_deployment_generator_then_get_all_describe_patch_replace_and_delete_by_file()
    {
        Assert.Contains("deployment.apps/shop created", (await _kubectl.RunAsync("create", "deployment", "shop", "--image=nginx:1.25", "--replicas=2")).Succeeded().Output, StringComparison.Ordinal);
        Assert.Matches(@"deployment\.apps/shop\s+0/2", (await _kubectl.RunAsync("get", "all")).Succeeded().Output);
        var described = (await _kubectl.RunAsync("describe", "deployment", "shop")).Succeeded().Output;
        Assert.Matches(@"Name:\s+shop", described);
        Assert.Matches(@"Replicas:\s+2 desired", described);

        Assert.Contains("deployment.apps/shop patched", (await _kubectl.RunAsync("patch", "deployment", "shop", "-p", """{"spec":{"replicas":3}}""")).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("deployment.apps/shop annotated", (await _kubectl.RunAsync("annotate", "deployment", "shop", "team=checkout")).Succeeded().Output, StringComparison.Ordinal);

        var live = (await _kubectl.RunAsync("get", "deployment", "shop", "-o", "yaml")).Succeeded().Output;
        var file = _kubectl.WriteFile("shop.yaml", live.Replace("replicas: 3", "replicas: 1", StringComparison.Ordinal));
        Assert.Contains("deployment.apps/shop replaced", (await _kubectl.RunAsync("replace", "-f", file)).Succeeded().Output, StringComparison.Ordinal);
        Assert.Equal("1", (await _kubectl.RunAsync("get", "deployment", "shop", "-o", "jsonpath={.spec.replicas}")).Succeeded().Output.Trim());
        var stale = (await _kubectl.RunAsync("replace", "-f", file)).Failed();
        Assert.Contains("the object has been modified", stale.Error, StringComparison.Ordinal);

        Assert.Contains("deployment.apps \"shop\" deleted", (await _kubectl.RunAsync("delete", "-f", file)).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("No resources found in default namespace.", (await _kubectl.RunAsync("get", "deployments")).Succeeded().Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_pod_and_get_events_read_the_event_list_with_field_selectors()
    {
        var pod = _kubectl.WriteFile("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n  - name: app\n    image: busybox\n");
        (await _kubectl.RunAsync("apply", "-f", pod)).Succeeded();
        var described = (await _kubectl.RunAsync("describe", "pod", "solo")).Succeeded().Output;
        Assert.Matches(@"Name:\s+solo", described);
        Assert.Matches(@"Status:\s+Pending", described);
        Assert.Contains("No resources found", (await _kubectl.RunAsync("get", "events")).Succeeded().Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_1_32_create_namespace_sends_protobuf_and_is_told_plainly_what_to_use_instead()
    {
        var result = (await _kubectl.RunVersionAsync("1.32", "create", "namespace", "from-132")).Failed();
        Assert.Contains("Error from server (UnsupportedMediaType)", result.Error, StringComparison.Ordinal);
        Assert.Contains("kubectl create -f", result.Error, StringComparison.Ordinal);
        var manifest = _kubectl.WriteFile("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: from-132\n");
        Assert.Contains("namespace/from-132 created", (await _kubectl.RunVersionAsync("1.32", "create", "-f", manifest)).Succeeded().Output, StringComparison.Ordinal);
    }
}
