using System.Globalization;
using System.Text;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.NodeAgent.Agent.Environment;

/// <summary>
/// The environment Kubernetes gives a container, in kubelet's order: the API service variables, HOSTNAME, then
/// <c>envFrom</c> sources, then <c>env</c> (each value expanded against what is defined before it), later names
/// overriding earlier ones.
/// </summary>
/// <param name="ConfigObjects">Where ConfigMaps and Secrets are read.</param>
/// <param name="KubernetesServiceHost">The API gateway's address given as KUBERNETES_SERVICE_HOST; empty gives none.</param>
/// <param name="KubernetesServicePort">The API gateway's port.</param>
/// <param name="NodeAllocatable">What a resourceFieldRef to a limit the container does not set reports (the node's allocatable).</param>
internal sealed record ContainerEnvironment(
    IConfigObjects ConfigObjects,
    string KubernetesServiceHost,
    int KubernetesServicePort,
    IReadOnlyDictionary<string, Quantity> NodeAllocatable)
{
    /// <exception cref="ContainerConfigException">A source is missing or a field path is not supported.</exception>
    public IReadOnlyDictionary<string, string> Build(Pod pod, Container container, string hostIP, string podIP)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        AddServiceVariables(variables);
        variables["HOSTNAME"] = string.IsNullOrEmpty(pod.Spec.Hostname) ? pod.Metadata.Name ?? "" : pod.Spec.Hostname;
        var ns = pod.Metadata.Namespace ?? "default";
        foreach (var source in container.EnvFrom ?? [])
        {
            AddEnvFrom(variables, ns, source);
        }

        foreach (var env in container.Env ?? [])
        {
            if (env.Name is not { Length: > 0 } name)
            {
                continue;
            }

            if (env.ValueFrom is { } valueFrom)
            {
                if (Resolve(pod, container, hostIP, podIP, ns, valueFrom) is { } value)
                {
                    variables[name] = value;
                }
            }
            else
            {
                variables[name] = EnvExpansion.Expand(env.Value ?? "", variables);
            }
        }

        return variables;
    }

    /// <summary>The container's command and args with <c>$(VAR)</c> expanded against its environment.</summary>
    public static (IReadOnlyList<string> Command, IReadOnlyList<string> Args) ExpandCommand(Container container, IReadOnlyDictionary<string, string> variables) =>
        ((container.Command ?? []).Select(part => EnvExpansion.Expand(part, variables)).ToArray(),
         (container.Args ?? []).Select(part => EnvExpansion.Expand(part, variables)).ToArray());

    private void AddServiceVariables(Dictionary<string, string> variables)
    {
        if (KubernetesServiceHost.Length == 0)
        {
            return;
        }

        var port = KubernetesServicePort.ToString(CultureInfo.InvariantCulture);
        var address = KubernetesServiceHost.Contains(':', StringComparison.Ordinal) ? $"[{KubernetesServiceHost}]" : KubernetesServiceHost;
        variables["KUBERNETES_SERVICE_HOST"] = KubernetesServiceHost;
        variables["KUBERNETES_SERVICE_PORT"] = port;
        variables["KUBERNETES_SERVICE_PORT_HTTPS"] = port;
        variables["KUBERNETES_PORT"] = $"tcp://{address}:{port}";
        variables[$"KUBERNETES_PORT_{port}_TCP"] = $"tcp://{address}:{port}";
        variables[$"KUBERNETES_PORT_{port}_TCP_PROTO"] = "tcp";
        variables[$"KUBERNETES_PORT_{port}_TCP_PORT"] = port;
        variables[$"KUBERNETES_PORT_{port}_TCP_ADDR"] = KubernetesServiceHost;
    }

    private void AddEnvFrom(Dictionary<string, string> variables, string ns, EnvFromSource source)
    {
        var prefix = source.Prefix ?? "";
        if (source.ConfigMapRef is { } configMapRef)
        {
            var configMap = ConfigObjects.FindConfigMap(ns, configMapRef.Name ?? "");
            if (configMap is null)
            {
                RequireOptional(configMapRef.Optional, $"configmap \"{configMapRef.Name}\" not found");
                return;
            }

            foreach (var (key, value) in configMap.Data ?? new Dictionary<string, string>())
            {
                variables[prefix + key] = value;
            }
        }
        else if (source.SecretRef is { } secretRef)
        {
            var secret = ConfigObjects.FindSecret(ns, secretRef.Name ?? "");
            if (secret is null)
            {
                RequireOptional(secretRef.Optional, $"secret \"{secretRef.Name}\" not found");
                return;
            }

            foreach (var (key, value) in secret.Data ?? new Dictionary<string, byte[]>())
            {
                variables[prefix + key] = Encoding.UTF8.GetString(value);
            }
        }
    }

    private string? Resolve(Pod pod, Container container, string hostIP, string podIP, string ns, EnvVarSource source)
    {
        if (source.FieldRef is { } fieldRef)
        {
            return FieldValue(pod, hostIP, podIP, fieldRef.FieldPath ?? "");
        }

        if (source.ResourceFieldRef is { } resourceRef)
        {
            return ResourceValue(pod, container, resourceRef);
        }

        if (source.ConfigMapKeyRef is { } configMapKey)
        {
            var configMap = ConfigObjects.FindConfigMap(ns, configMapKey.Name ?? "");
            if (configMap is null)
            {
                RequireOptional(configMapKey.Optional, $"configmap \"{configMapKey.Name}\" not found");
                return null;
            }

            if (configMap.Data?.TryGetValue(configMapKey.Key ?? "", out var value) == true)
            {
                return value;
            }

            RequireOptional(configMapKey.Optional, $"couldn't find key {configMapKey.Key} in ConfigMap {ns}/{configMapKey.Name}");
            return null;
        }

        if (source.SecretKeyRef is { } secretKey)
        {
            var secret = ConfigObjects.FindSecret(ns, secretKey.Name ?? "");
            if (secret is null)
            {
                RequireOptional(secretKey.Optional, $"secret \"{secretKey.Name}\" not found");
                return null;
            }

            if (secret.Data?.TryGetValue(secretKey.Key ?? "", out var bytes) == true)
            {
                return Encoding.UTF8.GetString(bytes);
            }

            RequireOptional(secretKey.Optional, $"couldn't find key {secretKey.Key} in Secret {ns}/{secretKey.Name}");
            return null;
        }

        throw new ContainerConfigException("env valueFrom names no supported source (fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef)");
    }

    private static string FieldValue(Pod pod, string hostIP, string podIP, string path)
    {
        var meta = pod.Metadata;
        switch (path)
        {
            case "metadata.name": return meta.Name ?? "";
            case "metadata.namespace": return meta.Namespace ?? "";
            case "metadata.uid": return meta.Uid ?? "";
            case "metadata.labels": return FormatMap(meta.Labels);
            case "metadata.annotations": return FormatMap(meta.Annotations);
            case "spec.nodeName": return pod.Spec.NodeName ?? "";
            case "spec.serviceAccountName": return pod.Spec.ServiceAccountName ?? "";
            case "status.hostIP" or "status.hostIPs": return hostIP;
            case "status.podIP" or "status.podIPs": return podIP;
        }

        if (SubscriptKey(path, "metadata.labels") is { } label)
        {
            return meta.Labels?.GetValueOrDefault(label) ?? "";
        }

        if (SubscriptKey(path, "metadata.annotations") is { } annotation)
        {
            return meta.Annotations?.GetValueOrDefault(annotation) ?? "";
        }

        throw new ContainerConfigException($"unsupported fieldPath: {path}");
    }

    private string ResourceValue(Pod pod, Container container, ResourceFieldSelector selector)
    {
        var target = string.IsNullOrEmpty(selector.ContainerName)
            ? container
            : (pod.Spec.Containers ?? []).Concat(pod.Spec.InitContainers ?? []).FirstOrDefault(candidate => candidate.Name == selector.ContainerName)
              ?? throw new ContainerConfigException($"container {selector.ContainerName} not found in pod {pod.Metadata.Name}");
        var resource = selector.Resource ?? "";
        var parts = resource.Split('.', 2);
        if (parts.Length != 2 || parts[0] is not ("limits" or "requests"))
        {
            throw new ContainerConfigException($"unsupported container resource : {resource}");
        }

        var set = parts[0] == "limits" ? target.Resources?.Limits : target.Resources?.Requests;
        Quantity? quantity = set?.TryGetValue(parts[1], out var given) == true ? given
            : parts[0] == "limits" || parts[1] is "cpu" or "memory" ? NodeAllocatable.GetValueOrDefault(parts[1]) : null;
        if (parts[0] == "requests" && set?.ContainsKey(parts[1]) != true && target.Resources?.Limits?.TryGetValue(parts[1], out var limit) == true)
        {
            quantity = limit;
        }

        var value = quantity ?? Quantity.Zero;
        var divisor = selector.Divisor is { IsZero: false } d ? d : Quantity.FromInt64(1);
        if (parts[1] == "cpu")
        {
            return CeilDivide(value.MilliValue, divisor.MilliValue).ToString(CultureInfo.InvariantCulture);
        }

        return CeilDivide(value.Value, divisor.Value).ToString(CultureInfo.InvariantCulture);
    }

    private static long CeilDivide(long value, long divisor) => divisor <= 0 ? value : (value + divisor - 1) / divisor;

    private static string? SubscriptKey(string path, string prefix) =>
        path.Length > prefix.Length + 4 && path.StartsWith(prefix + "['", StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal)
            ? path[(prefix.Length + 2)..^2]
            : null;

    private static string FormatMap(IReadOnlyDictionary<string, string>? map) =>
        map is null ? "" : string.Join("\n", map.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}=\"{pair.Value}\""));

    private static void RequireOptional(bool? optional, string message)
    {
        if (optional != true)
        {
            throw new ContainerConfigException(message);
        }
    }
}
