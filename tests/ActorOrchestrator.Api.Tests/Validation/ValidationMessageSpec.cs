using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Defaults;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Tests.Validation;

public sealed class ValidationMessageSpec
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
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
              - name: web
                image: nginx
        """;

    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: default
        spec:
          containers:
          - name: app
            image: nginx
        """;

    private static IReadOnlyList<string> Errors(string yaml, string? replace = null, string? with = null)
    {
        var text = replace is null ? yaml : yaml.Replace(replace, with, StringComparison.Ordinal);
        var resource = ResourceDefaults.Apply(Assert.Single(ManifestDecoder.DecodeYaml(text)).Object);
        return [.. ResourceValidator.Validate(resource).Select(error => error.ToString())];
    }

    [Fact]
    public void Valid_objects_have_no_errors()
    {
        Assert.Empty(Errors(Deployment));
        Assert.Empty(Errors(Pod));
    }

    [Theory]
    [InlineData("replicas: 2", "replicas: -1", "spec.replicas: Invalid value: -1: must be greater than or equal to 0")]
    [InlineData("        app: web\n    spec:", "        app: other\n    spec:", "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"other\"}: `selector` does not match template `labels`")]
    [InlineData("    spec:\n      containers:", "    spec:\n      restartPolicy: Never\n      containers:", "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\"")]
    [InlineData("  replicas: 2", "  replicas: 2\n  minReadySeconds: 30\n  progressDeadlineSeconds: 20", "spec.progressDeadlineSeconds: Invalid value: 20: must be greater than minReadySeconds")]
    [InlineData("  replicas: 2", "  replicas: 2\n  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 0", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0")]
    [InlineData("  replicas: 2", "  replicas: 2\n  strategy:\n    rollingUpdate:\n      maxUnavailable: 150%", "spec.strategy.rollingUpdate.maxUnavailable: Invalid value: \"150%\": must not be greater than 100%")]
    [InlineData("  replicas: 2", "  replicas: 2\n  strategy:\n    type: Recreate\n    rollingUpdate:\n      maxSurge: 1", "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'")]
    [InlineData("  replicas: 2", "  replicas: 2\n  strategy:\n    type: BlueGreen", "spec.strategy.type: Unsupported value: \"BlueGreen\": supported values: \"Recreate\", \"RollingUpdate\"")]
    [InlineData("  name: web\n", "  name: Web_1\n", "metadata.name: Invalid value: \"Web_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")]
    public void Deployment_errors_name_the_field_as_Kubernetes_does(string replace, string with, string expected)
    {
        Assert.Contains(expected, Errors(Deployment, replace, with));
    }

    [Fact]
    public void Missing_and_empty_selectors_are_refused()
    {
        var missing = Errors(Deployment, "  selector:\n    matchLabels:\n      app: web\n", "");
        var empty = Errors(Deployment, "  selector:\n    matchLabels:\n      app: web\n", "  selector: {}\n");

        Assert.Contains("spec.selector: Required value", missing);
        Assert.Contains("spec.selector: Invalid value: {}: empty selector is invalid for deployment", empty);
    }

    [Theory]
    [InlineData("    image: nginx", "    image: nginx\n  - name: app\n    image: redis", "spec.containers[1].name: Duplicate value: \"app\"")]
    [InlineData("    image: nginx", "    image: nginx\n    ports:\n    - containerPort: 70000", "spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive")]
    [InlineData("    image: nginx", "    image: nginx\n    ports:\n    - containerPort: 80\n      protocol: ICMP", "spec.containers[0].ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"SCTP\", \"TCP\", \"UDP\"")]
    [InlineData("    image: nginx", "    image: nginx\n    ports:\n    - containerPort: 80\n      name: HTTP", "spec.containers[0].ports[0].name: Invalid value: \"HTTP\": must contain only alphanumeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("    image: nginx", "    image: nginx\n    resources:\n      requests:\n        cpu: 2\n      limits:\n        cpu: 1", "spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1")]
    [InlineData("    image: nginx", "    image: nginx\n    resources:\n      requests:\n        memory: -1Gi", "spec.containers[0].resources.requests[memory]: Invalid value: \"-1Gi\": must be greater than or equal to 0")]
    [InlineData("    image: nginx", "    image: nginx\n    volumeMounts:\n    - name: missing\n      mountPath: /data", "spec.containers[0].volumeMounts[0].name: Not found: \"missing\"")]
    [InlineData("    image: nginx", "    image: nginx\n    env:\n    - name: 1BAD", "spec.containers[0].env[0].name: Invalid value: \"1BAD\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')")]
    [InlineData("    image: nginx", "    image: nginx\n    livenessProbe:\n      tcpSocket:\n        port: 80\n      successThreshold: 2", "spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1")]
    [InlineData("    image: nginx", "    image: nginx\n    readinessProbe:\n      periodSeconds: 2", "spec.containers[0].readinessProbe: Required value: must specify a handler type")]
    [InlineData("    image: nginx", "    image: nginx\n    imagePullPolicy: Sometimes", "spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\"")]
    [InlineData("    image: nginx", "", "spec.containers[0].image: Required value")]
    [InlineData("spec:\n", "spec:\n  restartPolicy: Sometimes\n", "spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"Never\", \"OnFailure\"")]
    [InlineData("spec:\n", "spec:\n  terminationGracePeriodSeconds: -1\n", "spec.terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0")]
    [InlineData("spec:\n", "spec:\n  tolerations:\n  - key: a\n    operator: Exists\n    value: b\n", "spec.tolerations[0].operator: Invalid value: \"b\": value must be empty when `operator` is 'Exists'")]
    [InlineData("spec:\n", "spec:\n  tolerations:\n  - key: a\n    effect: Sometimes\n", "spec.tolerations[0].effect: Unsupported value: \"Sometimes\": supported values: \"NoExecute\", \"NoSchedule\", \"PreferNoSchedule\"")]
    [InlineData("spec:\n", "spec:\n  nodeSelector:\n    disk: \"no good\"\n", "spec.nodeSelector: Invalid value: \"no good\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')")]
    [InlineData("spec:\n", "spec:\n  volumes:\n  - name: a\n    emptyDir: {}\n    hostPath:\n      path: /tmp\n", "spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type")]
    [InlineData("spec:\n", "spec:\n  volumes:\n  - name: a\n    configMap: {}\n", "spec.volumes[0].configMap.name: Required value")]
    [InlineData("spec:\n", "spec:\n  dnsPolicy: None\n", "spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None")]
    [InlineData("  namespace: default\n", "", "metadata.namespace: Required value")]
    public void Pod_errors_name_the_field_as_Kubernetes_does(string replace, string with, string expected)
    {
        Assert.Contains(expected, Errors(Pod, replace, with));
    }

    [Fact]
    public void Labels_and_annotations_follow_the_key_and_value_rules()
    {
        var longValue = new string('x', 64);
        var errors = Errors(Pod, "  namespace: default\n", $"  namespace: default\n  labels:\n    \"bad key\": ok\n    app: {longValue}\n  annotations:\n    big: {new string('y', 262145)}\n");

        Assert.Contains($"metadata.labels: Invalid value: \"{longValue}\": must be no more than 63 characters", errors);
        Assert.Contains("metadata.annotations: Too long: may not be more than 262144 bytes", errors);
        Assert.Contains(errors, error => error.StartsWith("metadata.labels: Invalid value: \"bad key\": name part must consist of", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_objects_become_a_422_Status_with_one_cause_per_field()
    {
        var deployment = ResourceDefaults.Apply(Assert.Single(ManifestDecoder.DecodeYaml(Deployment.Replace("replicas: 2", "replicas: -1", StringComparison.Ordinal))).As<Deployment>());

        var error = Assert.Throws<InvalidObjectException>(() => ResourceValidator.EnsureValid(deployment));
        var status = error.ToStatus();

        Assert.Equal("Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0", error.Message);
        Assert.Equal((422, "Invalid", "Failure"), (status.Code, status.Reason, status.Outcome));
        Assert.Equal(("web", "apps", "Deployment"), (status.Details!.Name, status.Details.Group, status.Details.Kind));
        var cause = Assert.Single(status.Details.Causes!);
        Assert.Equal(("FieldValueInvalid", "Invalid value: -1: must be greater than or equal to 0", "spec.replicas"), (cause.Reason, cause.Message, cause.Field));
        Assert.Contains("\"status\":\"Failure\"", ApiSerializer.ToJson(status));
    }

    [Fact]
    public void Several_errors_are_listed_in_brackets()
    {
        var pod = new Pod { Metadata = new ObjectMeta { Name = "p", Namespace = "default" }, Spec = new PodSpec() };

        var error = Assert.Throws<InvalidObjectException>(() => ResourceValidator.EnsureValid(pod with { Metadata = pod.Metadata with { Name = "P" } }));

        Assert.StartsWith("Pod \"P\" is invalid: [metadata.name: Invalid value: \"P\": a lowercase RFC 1123 subdomain", error.Message);
        Assert.EndsWith("spec.containers: Required value]", error.Message);
    }

    [Fact]
    public void Updates_may_not_change_selectors_names_or_pod_specs()
    {
        var deployment = ResourceDefaults.Apply(Assert.Single(ManifestDecoder.DecodeYaml(Deployment)).As<Deployment>());
        var moved = deployment with { Spec = deployment.Spec with { Selector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "web", ["v"] = "2" } } } };
        var pod = ResourceDefaults.Apply(Assert.Single(ManifestDecoder.DecodeYaml(Pod)).As<Pod>());
        var newImage = pod with { Spec = pod.Spec with { Containers = [pod.Spec.Containers![0] with { Image = "nginx:2" }] } };
        var newCommand = pod with { Spec = pod.Spec with { Containers = [pod.Spec.Containers![0] with { Command = ["sh"] }] } };

        Assert.Contains("spec.selector: Invalid value: \"app=web,v=2\": field is immutable", ResourceValidator.ValidateUpdate(moved, deployment).Select(error => error.ToString()));
        Assert.Contains("metadata.name: Invalid value: \"other\": field is immutable",
            ResourceValidator.ValidateUpdate(pod with { Metadata = pod.Metadata with { Name = "other" } }, pod).Select(error => error.ToString()));
        Assert.Empty(ResourceValidator.ValidateUpdate(newImage, pod));
        Assert.Contains(ResourceValidator.ValidateUpdate(newCommand, pod), error => error.Field == "spec" && error.Type == FieldErrorType.Forbidden);
    }

    [Fact]
    public void Immutable_config_maps_refuse_data_changes()
    {
        var configMap = new ConfigMap { Metadata = new ObjectMeta { Name = "c", Namespace = "default" }, Immutable = true, Data = new Dictionary<string, string> { ["a"] = "1" } };
        var changed = configMap with { Data = new Dictionary<string, string> { ["a"] = "2" } };

        Assert.Equal(["data: Forbidden: field is immutable when `immutable` is set"], ResourceValidator.ValidateUpdate(changed, configMap).Select(error => error.ToString()));
        Assert.Empty(ResourceValidator.ValidateUpdate(configMap with { }, configMap));
    }

    [Fact]
    public void Config_keys_and_secret_types_are_checked()
    {
        var configMap = new ConfigMap { Metadata = new ObjectMeta { Name = "c", Namespace = "default" }, Data = new Dictionary<string, string> { ["a/b"] = "1" } };
        var tls = new Secret { Metadata = new ObjectMeta { Name = "s", Namespace = "default" }, Type = "kubernetes.io/tls", Data = new Dictionary<string, byte[]> { ["tls.crt"] = [1] } };

        Assert.StartsWith("data[a/b]: Invalid value: \"a/b\": a valid config key must consist of", ResourceValidator.Validate(configMap)[0].ToString());
        Assert.Equal(["data[tls.key]: Required value"], ResourceValidator.Validate(tls).Select(error => error.ToString()));
    }
}
