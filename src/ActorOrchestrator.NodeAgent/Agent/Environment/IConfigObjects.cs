using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.NodeAgent.Agent.Environment;

/// <summary>The ConfigMaps and Secrets a container's environment may read.</summary>
internal interface IConfigObjects
{
    ConfigMap? FindConfigMap(string @namespace, string name);

    Secret? FindSecret(string @namespace, string name);
}
