using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Api.Validation;

internal static partial class PodSpecValidation
{
    private static readonly string[] HostPathTypes = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];

    // The fields each volume source must set, as Kubernetes requires them.
    private static readonly Dictionary<string, string[]> RequiredSourceFields = new()
    {
        ["hostPath"] = ["path"],
        ["gcePersistentDisk"] = ["pdName"],
        ["awsElasticBlockStore"] = ["volumeID"],
        ["gitRepo"] = ["repository"],
        ["secret"] = ["secretName"],
        ["nfs"] = ["server", "path"],
        ["iscsi"] = ["targetPortal", "iqn"],
        ["glusterfs"] = ["endpoints", "path"],
        ["persistentVolumeClaim"] = ["claimName"],
        ["rbd"] = ["monitors", "image"],
        ["flexVolume"] = ["driver"],
        ["cinder"] = ["volumeID"],
        ["cephfs"] = ["monitors"],
        ["azureFile"] = ["secretName", "shareName"],
        ["configMap"] = ["name"],
        ["vsphereVolume"] = ["volumePath"],
        ["quobyte"] = ["registry", "volume"],
        ["azureDisk"] = ["diskName", "diskURI"],
        ["photonPersistentDisk"] = ["pdID"],
        ["portworxVolume"] = ["volumeID"],
        ["scaleIO"] = ["gateway", "system", "secretRef"],
        ["storageos"] = ["volumeName"],
        ["csi"] = ["driver"],
        ["ephemeral"] = ["volumeClaimTemplate"],
        ["image"] = ["reference"],
    };

    private static HashSet<string> ValidateVolumes(IReadOnlyList<Volume>? volumes, FieldPath path, List<FieldError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (volumes?.Count ?? 0); index++)
        {
            var volume = volumes![index];
            var at = path.Index(index);
            if (string.IsNullOrEmpty(volume.Name))
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else
            {
                Checks.Name(volume.Name, at.Child("name"), NameRules.Dns1123Label, errors);
                if (!names.Add(volume.Name))
                {
                    errors.Add(FieldError.Duplicate(at.Child("name"), volume.Name));
                }
            }

            ValidateVolumeSource(volume, at, errors);
        }

        return names;
    }

    private static void ValidateVolumeSource(Volume volume, FieldPath path, List<FieldError> errors)
    {
        var json = ApiSerializer.ToJsonObject(volume);
        // Kubernetes looks at emptyDir first, so a second source is the one reported.
        var sources = json.Where(pair => pair.Key != "name").Select(pair => pair.Key).OrderBy(key => key != "emptyDir").ToList();
        if (sources.Count == 0)
        {
            errors.Add(FieldError.Required(path, "must specify a volume type"));
            return;
        }

        foreach (var extra in sources.Skip(1))
        {
            errors.Add(FieldError.Forbidden(path.Child(extra), "may not specify more than 1 volume type"));
        }

        var source = sources[0];
        if (RequiredSourceFields.TryGetValue(source, out var required) && json[source] is JsonObject fields)
        {
            foreach (var field in required)
            {
                if (IsUnset(fields[field]))
                {
                    errors.Add(FieldError.Required(path.Child(source, field)));
                }
            }
        }

        ValidateSourceDetails(volume, path, errors);
    }

    private static bool IsUnset(JsonNode? node) => node switch
    {
        null => true,
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>().Length == 0,
        JsonArray array => array.Count == 0,
        _ => false,
    };

    private static void ValidateSourceDetails(Volume volume, FieldPath path, List<FieldError> errors)
    {
        Checks.OneOf(volume.HostPath?.Type, path.Child("hostPath", "type"), HostPathTypes, errors);
        if (volume.EmptyDir?.SizeLimit is { Sign: < 0 } sizeLimit)
        {
            errors.Add(FieldError.Invalid(path.Child("emptyDir", "sizeLimit"), sizeLimit.ToString(), Checks.GreaterOrEqualZero));
        }

        if (volume.Nfs?.Path is { Length: > 0 } nfsPath && !nfsPath.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path.Child("nfs", "path"), nfsPath, "must be an absolute path"));
        }

        if (volume.Iscsi?.Lun is < 0 or > 255)
        {
            errors.Add(FieldError.Invalid(path.Child("iscsi", "lun"), volume.Iscsi.Lun, "must be between 0 and 255, inclusive"));
        }

        Checks.RelativePath(volume.GitRepo?.Directory, path.Child("gitRepo", "directory"), errors);
        Checks.FileMode(volume.Secret?.DefaultMode, path.Child("secret", "defaultMode"), errors);
        ValidateKeyToPaths(volume.Secret?.Items, path.Child("secret", "items"), errors);
        Checks.FileMode(volume.ConfigMap?.DefaultMode, path.Child("configMap", "defaultMode"), errors);
        ValidateKeyToPaths(volume.ConfigMap?.Items, path.Child("configMap", "items"), errors);
        Checks.FileMode(volume.DownwardAPI?.DefaultMode, path.Child("downwardAPI", "defaultMode"), errors);
        ValidateDownwardApiFiles(volume.DownwardAPI?.Items, path.Child("downwardAPI", "items"), errors);
        Checks.OneOf(volume.Image?.PullPolicy, path.Child("image", "pullPolicy"), PullPolicies, errors);
        if (volume.Projected is { } projected)
        {
            ValidateProjected(projected, path.Child("projected"), errors);
        }

        if (volume.Ephemeral?.VolumeClaimTemplate is { } template)
        {
            var spec = path.Child("ephemeral", "volumeClaimTemplate", "spec");
            if (template.Spec.AccessModes is not { Count: > 0 })
            {
                errors.Add(FieldError.Required(spec.Child("accessModes"), "at least 1 access mode is required"));
            }

            if (template.Spec.Resources?.Requests is null || !template.Spec.Resources.Requests.ContainsKey("storage"))
            {
                errors.Add(FieldError.Required(spec.Child("resources").Key("storage")));
            }
        }
    }

    private static void ValidateProjected(ProjectedVolumeSource projected, FieldPath path, List<FieldError> errors)
    {
        Checks.FileMode(projected.DefaultMode, path.Child("defaultMode"), errors);
        for (var index = 0; index < (projected.Sources?.Count ?? 0); index++)
        {
            var source = projected.Sources![index];
            var at = path.Child("sources").Index(index);
            var set = ApiSerializer.ToJsonObject(source).Select(pair => pair.Key).ToList();
            if (set.Count == 0)
            {
                errors.Add(FieldError.Required(at, "must specify exactly 1 of: secret, configMap, downwardAPI, serviceAccountToken, clusterTrustBundle, podCertificate"));
            }

            foreach (var extra in set.Skip(1))
            {
                errors.Add(FieldError.Forbidden(at.Child(extra), "may not specify more than 1 volume type per source"));
            }

            ValidateKeyToPaths(source.Secret?.Items, at.Child("secret", "items"), errors);
            ValidateKeyToPaths(source.ConfigMap?.Items, at.Child("configMap", "items"), errors);
            ValidateDownwardApiFiles(source.DownwardAPI?.Items, at.Child("downwardAPI", "items"), errors);
            if (source.ServiceAccountToken is { } token)
            {
                Checks.Required(token.Path, at.Child("serviceAccountToken", "path"), errors);
                Checks.RelativePath(token.Path, at.Child("serviceAccountToken", "path"), errors);
                if (token.ExpirationSeconds < 600)
                {
                    errors.Add(FieldError.Invalid(at.Child("serviceAccountToken", "expirationSeconds"), token.ExpirationSeconds, "may not specify a duration less than 10 minutes"));
                }
            }

            if (source.ClusterTrustBundle is { } bundle)
            {
                Checks.Required(bundle.Path, at.Child("clusterTrustBundle", "path"), errors);
                if (bundle.Name is null && bundle.SignerName is null)
                {
                    errors.Add(FieldError.Required(at.Child("clusterTrustBundle"), "either name or signerName must be set"));
                }
            }
        }
    }

    private static void ValidateKeyToPaths(IReadOnlyList<KeyToPath>? items, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (items?.Count ?? 0); index++)
        {
            var item = items![index];
            var at = path.Index(index);
            Checks.Required(item.Key, at.Child("key"), errors);
            Checks.Required(item.Path, at.Child("path"), errors);
            Checks.RelativePath(item.Path, at.Child("path"), errors);
            Checks.FileMode(item.Mode, at.Child("mode"), errors);
        }
    }

    private static void ValidateDownwardApiFiles(IReadOnlyList<DownwardApiVolumeFile>? items, FieldPath path, List<FieldError> errors)
    {
        for (var index = 0; index < (items?.Count ?? 0); index++)
        {
            var item = items![index];
            var at = path.Index(index);
            Checks.Required(item.Path, at.Child("path"), errors);
            Checks.RelativePath(item.Path, at.Child("path"), errors);
            Checks.FileMode(item.Mode, at.Child("mode"), errors);
            if ((item.FieldRef is null) == (item.ResourceFieldRef is null))
            {
                errors.Add(FieldError.Invalid(at, "", "fieldRef and resourceFieldRef can not be specified simultaneously"));
            }

            if (item.FieldRef is { } fieldRef)
            {
                ValidateObjectFieldSelector(fieldRef, at.Child("fieldRef"), errors);
            }
        }
    }
}
