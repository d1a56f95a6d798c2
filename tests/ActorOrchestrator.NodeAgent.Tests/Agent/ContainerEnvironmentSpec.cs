using System.Text;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Quantities;
using ActorOrchestrator.NodeAgent.Agent.Environment;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class ContainerEnvironmentSpec
{
    private static readonly Pod WebPod = new()
    {
        Metadata = new ObjectMeta
        {
            Name = "web-abc",
            Namespace = "shop",
            Uid = "uid-1",
            Labels = new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front" },
            Annotations = new Dictionary<string, string> { ["team"] = "blue" },
        },
        Spec = new PodSpec { NodeName = "node-1", ServiceAccountName = "robot" },
    };

    private readonly Objects _objects = new();

    [Fact]
    public void Values_field_references_and_expansion_follow_kubernetes()
    {
        var container = new Container
        {
            Name = "web",
            Env =
            [
                new EnvVar { Name = "GREETING", Value = "hello" },
                new EnvVar { Name = "MESSAGE", Value = "$(GREETING) from $(POD_NAME) $(UNDEFINED) $$(GREETING)" },
                new EnvVar { Name = "POD_NAME", ValueFrom = Field("metadata.name") },
                new EnvVar { Name = "LATE", Value = "$(POD_NAME)" },
                new EnvVar { Name = "NS", ValueFrom = Field("metadata.namespace") },
                new EnvVar { Name = "UID", ValueFrom = Field("metadata.uid") },
                new EnvVar { Name = "APP", ValueFrom = Field("metadata.labels['app']") },
                new EnvVar { Name = "LABELS", ValueFrom = Field("metadata.labels") },
                new EnvVar { Name = "TEAM", ValueFrom = Field("metadata.annotations['team']") },
                new EnvVar { Name = "NODE", ValueFrom = Field("spec.nodeName") },
                new EnvVar { Name = "SA", ValueFrom = Field("spec.serviceAccountName") },
                new EnvVar { Name = "POD_IP", ValueFrom = Field("status.podIP") },
                new EnvVar { Name = "HOST_IP", ValueFrom = Field("status.hostIP") },
            ],
        };

        var env = Environment().Build(WebPod, container, "10.0.0.5", "10.0.0.6");

        Assert.Equal("hello from $(POD_NAME) $(UNDEFINED) $(GREETING)", env["MESSAGE"]);
        Assert.Equal("web-abc", env["LATE"]);
        Assert.Equal("web-abc", env["HOSTNAME"]);
        Assert.Equal("shop", env["NS"]);
        Assert.Equal("uid-1", env["UID"]);
        Assert.Equal("web", env["APP"]);
        Assert.Equal("app=\"web\"\ntier=\"front\"", env["LABELS"]);
        Assert.Equal("blue", env["TEAM"]);
        Assert.Equal("node-1", env["NODE"]);
        Assert.Equal("robot", env["SA"]);
        Assert.Equal("10.0.0.6", env["POD_IP"]);
        Assert.Equal("10.0.0.5", env["HOST_IP"]);
        Assert.False(env.ContainsKey("KUBERNETES_SERVICE_HOST"));
    }

    [Fact]
    public void Config_maps_and_secrets_fill_env_and_env_from_with_prefix_and_env_wins()
    {
        _objects.ConfigMaps["shop/settings"] = new ConfigMap { Data = new Dictionary<string, string> { ["color"] = "red", ["size"] = "xl" } };
        _objects.Secrets["shop/creds"] = new Secret { Data = new Dictionary<string, byte[]> { ["password"] = Encoding.UTF8.GetBytes("s3cret") } };
        var container = new Container
        {
            Name = "web",
            EnvFrom =
            [
                new EnvFromSource { ConfigMapRef = new ConfigMapEnvSource { Name = "settings" } },
                new EnvFromSource { Prefix = "DB_", SecretRef = new SecretEnvSource { Name = "creds" } },
            ],
            Env =
            [
                new EnvVar { Name = "size", Value = "s" },
                new EnvVar { Name = "COLOR", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "settings", Key = "color" } } },
                new EnvVar { Name = "PASS", ValueFrom = new EnvVarSource { SecretKeyRef = new SecretKeySelector { Name = "creds", Key = "password" } } },
                new EnvVar { Name = "OPTIONAL", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "absent", Key = "x", Optional = true } } },
            ],
        };

        var env = Environment().Build(WebPod, container, "10.0.0.5", "10.0.0.6");

        Assert.Equal("red", env["color"]);
        Assert.Equal("s", env["size"]);
        Assert.Equal("s3cret", env["DB_password"]);
        Assert.Equal("red", env["COLOR"]);
        Assert.Equal("s3cret", env["PASS"]);
        Assert.False(env.ContainsKey("OPTIONAL"));
    }

    [Fact]
    public void A_missing_config_map_or_key_is_a_config_error_in_kubernetes_words()
    {
        _objects.ConfigMaps["shop/settings"] = new ConfigMap { Data = new Dictionary<string, string>() };
        var missingMap = new Container { Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "nope", Key = "k" } } }] };
        var missingKey = new Container { Env = [new EnvVar { Name = "A", ValueFrom = new EnvVarSource { ConfigMapKeyRef = new ConfigMapKeySelector { Name = "settings", Key = "k" } } }] };
        var missingSecret = new Container { EnvFrom = [new EnvFromSource { SecretRef = new SecretEnvSource { Name = "creds" } }] };

        Assert.Equal("configmap \"nope\" not found", Assert.Throws<ContainerConfigException>(() => Environment().Build(WebPod, missingMap, "", "")).Message);
        Assert.Equal("couldn't find key k in ConfigMap shop/settings", Assert.Throws<ContainerConfigException>(() => Environment().Build(WebPod, missingKey, "", "")).Message);
        Assert.Equal("secret \"creds\" not found", Assert.Throws<ContainerConfigException>(() => Environment().Build(WebPod, missingSecret, "", "")).Message);
    }

    [Fact]
    public void The_gateway_address_becomes_the_kubernetes_service_variables()
    {
        var env = (Environment() with { KubernetesServiceHost = "10.0.0.1", KubernetesServicePort = 6443 })
            .Build(WebPod, new Container { Name = "web" }, "10.0.0.5", "10.0.0.6");

        Assert.Equal("10.0.0.1", env["KUBERNETES_SERVICE_HOST"]);
        Assert.Equal("6443", env["KUBERNETES_SERVICE_PORT"]);
        Assert.Equal("tcp://10.0.0.1:6443", env["KUBERNETES_PORT"]);
    }

    [Fact]
    public void Resource_field_references_read_limits_and_fall_back_to_the_node()
    {
        var container = new Container
        {
            Name = "web",
            Resources = new ResourceRequirements { Limits = new Dictionary<string, Quantity> { ["memory"] = Quantity.Parse("64Mi") } },
            Env =
            [
                new EnvVar { Name = "MEM", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.memory", Divisor = Quantity.Parse("1Mi") } } },
                new EnvVar { Name = "CPU", ValueFrom = new EnvVarSource { ResourceFieldRef = new ResourceFieldSelector { Resource = "limits.cpu" } } },
            ],
        };

        var env = Environment().Build(WebPod, container, "", "");

        Assert.Equal("64", env["MEM"]);
        Assert.Equal("4", env["CPU"]);
    }

    [Fact]
    public void Command_and_args_expand_against_the_environment()
    {
        var container = new Container { Command = ["/bin/echo", "$(NAME)"], Args = ["$$(NAME)", "$(OTHER)"] };

        var (command, args) = ContainerEnvironment.ExpandCommand(container, new Dictionary<string, string> { ["NAME"] = "x" });

        Assert.Equal(["/bin/echo", "x"], command);
        Assert.Equal(["$(NAME)", "$(OTHER)"], args);
    }

    private static EnvVarSource Field(string path) => new() { FieldRef = new ObjectFieldSelector { FieldPath = path } };

    private ContainerEnvironment Environment() =>
        new(_objects, "", 443, new Dictionary<string, Quantity> { ["cpu"] = Quantity.FromInt64(4), ["memory"] = Quantity.Parse("8Gi") });

    private sealed class Objects : IConfigObjects
    {
        public Dictionary<string, ConfigMap> ConfigMaps { get; } = [];

        public Dictionary<string, Secret> Secrets { get; } = [];

        public ConfigMap? FindConfigMap(string @namespace, string name) => ConfigMaps.GetValueOrDefault($"{@namespace}/{name}");

        public Secret? FindSecret(string @namespace, string name) => Secrets.GetValueOrDefault($"{@namespace}/{name}");
    }
}
