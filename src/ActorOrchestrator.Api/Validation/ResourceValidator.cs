using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// Validates objects of the served kinds as the Kubernetes API server does on create and update. Run it after
/// <see cref="Defaults.ResourceDefaults.Apply"/>, as Kubernetes does.
/// </summary>
public static class ResourceValidator
{
    /// <summary>Every field error of an object about to be created.</summary>
    public static IReadOnlyList<FieldError> Validate(IKubernetesObject resource)
    {
        var errors = new List<FieldError>();
        switch (resource)
        {
            case Pod pod:
                PodValidation.Validate(pod, errors);
                break;
            case Deployment deployment:
                DeploymentValidation.Validate(deployment, errors);
                break;
            case ReplicaSet replicaSet:
                ReplicaSetValidation.Validate(replicaSet, errors);
                break;
            case Namespace ns:
                NamespaceValidation.Validate(ns, errors);
                break;
            case Node node:
                NodeValidation.Validate(node, errors);
                break;
            case ConfigMap configMap:
                ConfigDataValidation.ValidateConfigMap(configMap, errors);
                break;
            case Secret secret:
                SecretValidation.Validate(secret, errors);
                break;
            case Event ev:
                EventValidation.Validate(ev, errors);
                break;
            default:
                throw new ArgumentException($"{resource.GetType().Name} is not a served kind", nameof(resource));
        }

        return errors;
    }

    /// <summary>Every field error of an update: the new object's own errors plus the changes Kubernetes forbids.</summary>
    public static IReadOnlyList<FieldError> ValidateUpdate(IKubernetesObject updated, IKubernetesObject existing)
    {
        var errors = new List<FieldError>(Validate(updated));
        ObjectMetaUpdateValidation.Validate(updated.Metadata, existing.Metadata, errors);
        switch (updated, existing)
        {
            case (Pod pod, Pod oldPod):
                PodValidation.ValidateUpdate(pod, oldPod, errors);
                break;
            case (Deployment deployment, Deployment oldDeployment):
                DeploymentValidation.ValidateUpdate(deployment, oldDeployment, errors);
                break;
            case (ReplicaSet replicaSet, ReplicaSet oldReplicaSet):
                ReplicaSetValidation.ValidateUpdate(replicaSet, oldReplicaSet, errors);
                break;
            case (ConfigMap configMap, ConfigMap oldConfigMap):
                ConfigDataValidation.ValidateConfigMapUpdate(configMap, oldConfigMap, errors);
                break;
            case (Secret secret, Secret oldSecret):
                SecretValidation.ValidateUpdate(secret, oldSecret, errors);
                break;
        }

        return errors;
    }

    /// <summary>Throws <see cref="InvalidObjectException"/> (a 422 with causes) when the object is invalid.</summary>
    public static void EnsureValid(IKubernetesObject resource) => Throw(resource, Validate(resource));

    public static void EnsureValidUpdate(IKubernetesObject updated, IKubernetesObject existing) =>
        Throw(updated, ValidateUpdate(updated, existing));

    private static void Throw(IKubernetesObject resource, IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            var kind = ResourceKinds.Of(resource);
            throw new InvalidObjectException(kind.Group, kind.Kind, resource.Metadata.Name, errors);
        }
    }
}
