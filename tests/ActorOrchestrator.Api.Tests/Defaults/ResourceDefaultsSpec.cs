using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Quantities;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Tests.Support;

namespace ActorOrchestrator.Api.Tests.Defaults;

public sealed class ResourceDefaultsSpec
{
    private static Pod MinimalPod(params Container[] containers) =>
        new() { Metadata = new() { Name = "p", Namespace = "default" }, Spec = new PodSpec { Containers = containers } };

    [Fact]
    public void Pod_spec_gets_the_defaults_Kubernetes_fills_in()
    {
        var spec = ResourceDefaults.Apply(MinimalPod(new Container { Name = "c", Image = "nginx:1.27" })).Spec;

        Assert.Equal("Always", spec.RestartPolicy);
        Assert.Equal(30, spec.TerminationGracePeriodSeconds);
        Assert.Equal("ClusterFirst", spec.DnsPolicy);
        Assert.Equal("default-scheduler", spec.SchedulerName);
        Assert.True(spec.EnableServiceLinks);
        Assert.NotNull(spec.SecurityContext);
        Assert.Equal("/dev/termination-log", spec.Containers![0].TerminationMessagePath);
        Assert.Equal("File", spec.Containers[0].TerminationMessagePolicy);
    }

    [Theory]
    [InlineData("nginx", "Always")]
    [InlineData("nginx:latest", "Always")]
    [InlineData("nginx:1.27", "IfNotPresent")]
    [InlineData("registry.local:5000/nginx", "Always")]
    [InlineData("registry.local:5000/nginx:1", "IfNotPresent")]
    [InlineData("nginx@sha256:0123456789abcdef", "IfNotPresent")]
    public void Image_pull_policy_follows_the_tag(string image, string policy)
    {
        var pod = ResourceDefaults.Apply(MinimalPod(new Container { Name = "c", Image = image }));

        Assert.Equal(policy, pod.Spec.Containers![0].ImagePullPolicy);
    }

    [Fact]
    public void Set_fields_are_kept()
    {
        var pod = MinimalPod(new Container { Name = "c", Image = "nginx", ImagePullPolicy = "Never" }) with { };
        pod = pod with { Spec = pod.Spec with { RestartPolicy = "Never", TerminationGracePeriodSeconds = 5 } };

        var spec = ResourceDefaults.Apply(pod).Spec;

        Assert.Equal("Never", spec.RestartPolicy);
        Assert.Equal(5, spec.TerminationGracePeriodSeconds);
        Assert.Equal("Never", spec.Containers![0].ImagePullPolicy);
    }

    [Fact]
    public void Ports_probes_env_and_resources_are_defaulted()
    {
        var container = new Container
        {
            Name = "c",
            Image = "nginx",
            Ports = [new ContainerPort { Port = 80 }],
            LivenessProbe = new Probe { HttpGet = new HttpGetAction { Port = 80 } },
            Env = [new EnvVar { Name = "POD", ValueFrom = new EnvVarSource { FieldRef = new ObjectFieldSelector { FieldPath = "metadata.name" } } }],
            Resources = new ResourceRequirements { Limits = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("1"), ["memory"] = Quantity.Parse("1Gi") }, Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("100m") } },
        };

        var defaulted = ResourceDefaults.Apply(MinimalPod(container)).Spec.Containers![0];

        Assert.Equal("TCP", defaulted.Ports![0].Protocol);
        Assert.Equal((1, 10, 1, 3), (defaulted.LivenessProbe!.TimeoutSeconds, defaulted.LivenessProbe.PeriodSeconds, defaulted.LivenessProbe.SuccessThreshold, defaulted.LivenessProbe.FailureThreshold));
        Assert.Equal(("/", "HTTP"), (defaulted.LivenessProbe.HttpGet!.Path, defaulted.LivenessProbe.HttpGet.Scheme));
        Assert.Equal("v1", defaulted.Env![0].ValueFrom!.FieldRef!.ApiVersion);
        Assert.Equal("100m", defaulted.Resources!.Requests!["cpu"].ToString());
        Assert.Equal("1Gi", defaulted.Resources.Requests["memory"].ToString());
    }

    [Fact]
    public void Host_network_pods_publish_container_ports_on_the_host()
    {
        var pod = MinimalPod(new Container { Name = "c", Image = "nginx", Ports = [new ContainerPort { Port = 8080 }] });
        pod = pod with { Spec = pod.Spec with { HostNetwork = true } };

        Assert.Equal(8080, ResourceDefaults.Apply(pod).Spec.Containers![0].Ports![0].HostPort);
    }

    [Fact]
    public void Volumes_get_file_modes_and_an_empty_source_becomes_emptyDir()
    {
        var pod = MinimalPod(new Container { Name = "c", Image = "nginx" });
        pod = pod with
        {
            Spec = pod.Spec with
            {
                Volumes =
                [
                    new Volume { Name = "scratch" },
                    new Volume { Name = "cfg", ConfigMap = new ConfigMapVolumeSource { Name = "settings" } },
                    new Volume { Name = "token", Projected = new ProjectedVolumeSource { Sources = [new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { Path = "token" } }] } },
                ],
            },
        };

        var volumes = ResourceDefaults.Apply(pod).Spec.Volumes!;

        Assert.NotNull(volumes[0].EmptyDir);
        Assert.Equal(420, volumes[1].ConfigMap!.DefaultMode);
        Assert.Equal(420, volumes[2].Projected!.DefaultMode);
        Assert.Equal(3600, volumes[2].Projected!.Sources![0].ServiceAccountToken!.ExpirationSeconds);
    }

    [Fact]
    public void Deployment_gets_replicas_strategy_history_and_deadline()
    {
        var deployment = Assert.Single(ManifestDecoder.DecodeYaml(Manifests.Read("scheduling.yaml"))).As<Deployment>();
        deployment = deployment with { Spec = deployment.Spec with { Replicas = null } };

        var spec = ResourceDefaults.Apply(deployment).Spec;

        Assert.Equal(1, spec.Replicas);
        Assert.Equal("RollingUpdate", spec.Strategy!.Type);
        Assert.Equal("25%", spec.Strategy.RollingUpdate!.MaxUnavailable.ToString());
        Assert.Equal("25%", spec.Strategy.RollingUpdate.MaxSurge.ToString());
        Assert.Equal(10, spec.RevisionHistoryLimit);
        Assert.Equal(600, spec.ProgressDeadlineSeconds);
        Assert.Equal("Always", spec.Template.Spec.RestartPolicy);
    }

    [Fact]
    public void Recreate_strategy_gets_no_rolling_update()
    {
        var deployment = new Deployment { Spec = new DeploymentSpec { Strategy = new DeploymentStrategy { Type = "Recreate" } } };

        Assert.Null(ResourceDefaults.Apply(deployment).Spec.Strategy!.RollingUpdate);
    }

    [Fact]
    public void ReplicaSet_namespace_node_and_secret_defaults()
    {
        var secret = ManifestDecoder.DecodeYaml(Manifests.Read("config.yaml"))[2].As<Secret>();
        var node = new Node { Status = new NodeStatus { Capacity = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("2") } } };

        Assert.Equal(1, ResourceDefaults.Apply(new ReplicaSet()).Spec.Replicas);
        Assert.Equal("Active", ResourceDefaults.Apply(new Namespace()).Status!.Phase);
        Assert.Equal(["kubernetes"], ResourceDefaults.Apply(new Namespace()).Spec.Finalizers!);
        Assert.Equal("2", ResourceDefaults.Apply(node).Status!.Allocatable!["cpu"].ToString());

        var defaulted = ResourceDefaults.Apply(secret);
        Assert.Null(defaulted.StringData);
        Assert.Equal("admin", System.Text.Encoding.UTF8.GetString(defaulted.Data!["username"]));
        Assert.Equal("s3cr3t", System.Text.Encoding.UTF8.GetString(defaulted.Data["password"]));
        Assert.Equal("Opaque", ResourceDefaults.Apply(new Secret()).Type);
    }
}
