using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.NodeAgent.Agent.Environment;

/// <summary>ConfigMaps and Secrets as the member's read model holds them.</summary>
internal sealed class ViewConfigObjects(ResourceView view) : IConfigObjects
{
    public ConfigMap? FindConfigMap(string @namespace, string name) =>
        view.Get(ResourceKinds.ConfigMap, @namespace, name)?.ToObject<ConfigMap>();

    public Secret? FindSecret(string @namespace, string name) =>
        view.Get(ResourceKinds.Secret, @namespace, name)?.ToObject<Secret>();
}
