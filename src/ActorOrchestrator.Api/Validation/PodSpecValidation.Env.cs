using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static partial class PodSpecValidation
{
    private static readonly string[] DownwardFieldPaths =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid",
        "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    private static readonly string[] DownwardResources =
    [
        "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory",
    ];

    private static void ValidateEnv(IReadOnlyList<EnvVar>? env, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (env?.Count ?? 0); index++)
        {
            var variable = env![index];
            var at = path.Index(index);
            if (string.IsNullOrEmpty(variable.Name))
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else
            {
                Checks.Name(variable.Name, at.Child("name"), NameRules.EnvVarName, errors);
            }

            if (variable.ValueFrom is not null)
            {
                ValidateEnvVarSource(variable, at.Child("valueFrom"), errors);
            }
        }
    }

    private static void ValidateEnvVarSource(EnvVar variable, FieldPath path, List<FieldError> errors)
    {
        var source = variable.ValueFrom!;
        var count = new object?[] { source.FieldRef, source.ResourceFieldRef, source.ConfigMapKeyRef, source.SecretKeyRef, source.FileKeyRef }
            .Count(item => item is not null);
        if (count == 0)
        {
            errors.Add(FieldError.Invalid(path, "", "must specify one of: `configMapKeyRef`, `fieldRef`, `resourceFieldRef` or `secretKeyRef`"));
        }
        else if (count > 1)
        {
            errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
        }

        if (!string.IsNullOrEmpty(variable.Value))
        {
            errors.Add(FieldError.Invalid(path, "", "may not be specified when `value` is not empty"));
        }

        if (source.FieldRef is { } fieldRef)
        {
            ValidateObjectFieldSelector(fieldRef, path.Child("fieldRef"), errors);
        }

        if (source.ResourceFieldRef is { } resourceRef)
        {
            Checks.Required(resourceRef.Resource, path.Child("resourceFieldRef", "resource"), errors);
            Checks.OneOf(resourceRef.Resource is { Length: > 0 } ? resourceRef.Resource : null, path.Child("resourceFieldRef", "resource"), DownwardResources, errors);
        }

        if (source.ConfigMapKeyRef is { } configMapRef)
        {
            Checks.Required(configMapRef.Name, path.Child("configMapKeyRef", "name"), errors);
            Checks.Required(configMapRef.Key, path.Child("configMapKeyRef", "key"), errors);
            Checks.Name(configMapRef.Key is { Length: > 0 } ? configMapRef.Key : null, path.Child("configMapKeyRef", "key"), NameRules.ConfigKey, errors);
        }

        if (source.SecretKeyRef is { } secretRef)
        {
            Checks.Required(secretRef.Name, path.Child("secretKeyRef", "name"), errors);
            Checks.Required(secretRef.Key, path.Child("secretKeyRef", "key"), errors);
            Checks.Name(secretRef.Key is { Length: > 0 } ? secretRef.Key : null, path.Child("secretKeyRef", "key"), NameRules.ConfigKey, errors);
        }

        if (source.FileKeyRef is { } fileRef)
        {
            Checks.Required(fileRef.VolumeName, path.Child("fileKeyRef", "volumeName"), errors);
            Checks.Required(fileRef.Path, path.Child("fileKeyRef", "path"), errors);
            Checks.Required(fileRef.Key, path.Child("fileKeyRef", "key"), errors);
        }
    }

    private static void ValidateObjectFieldSelector(ObjectFieldSelector selector, FieldPath path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(selector.FieldPath))
        {
            errors.Add(FieldError.Required(path.Child("fieldPath")));
            return;
        }

        // metadata.labels['key'] and metadata.annotations['key'] select one entry.
        var bracket = selector.FieldPath.IndexOf('[', StringComparison.Ordinal);
        var field = bracket > 0 ? selector.FieldPath[..bracket] : selector.FieldPath;
        if (bracket > 0 && field is not ("metadata.labels" or "metadata.annotations"))
        {
            errors.Add(FieldError.Invalid(path.Child("fieldPath"), selector.FieldPath, "error converting fieldPath: field label does not support subscript"));
        }
        else
        {
            Checks.OneOf(field, path.Child("fieldPath"), DownwardFieldPaths, errors);
        }
    }

    private static void ValidateEnvFrom(IReadOnlyList<EnvFromSource>? sources, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (sources?.Count ?? 0); index++)
        {
            var source = sources![index];
            var at = path.Index(index);
            if (!string.IsNullOrEmpty(source.Prefix))
            {
                Checks.Name(source.Prefix, at.Child("prefix"), NameRules.EnvVarName, errors);
            }

            var count = (source.ConfigMapRef is null ? 0 : 1) + (source.SecretRef is null ? 0 : 1);
            if (count == 0)
            {
                errors.Add(FieldError.Invalid(at, "", "must specify one of: `configMapRef` or `secretRef`"));
            }
            else if (count > 1)
            {
                errors.Add(FieldError.Invalid(at, "", "may not have more than one field specified at a time"));
            }

            if (source.ConfigMapRef is { } configMap)
            {
                Checks.Required(configMap.Name, at.Child("configMapRef", "name"), errors);
            }

            if (source.SecretRef is { } secret)
            {
                Checks.Required(secret.Name, at.Child("secretRef", "name"), errors);
            }
        }
    }
}
