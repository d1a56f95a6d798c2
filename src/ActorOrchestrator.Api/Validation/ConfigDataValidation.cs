using System.Text;
using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

/// <summary>ConfigMap and Secret data: key rules, no key in both maps, 1 MiB in total, immutable once marked so.</summary>
internal static class ConfigDataValidation
{
    public const long MaxSize = 1024 * 1024;

    public static void ValidateConfigMap(ConfigMap configMap, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(configMap.Metadata, namespaced: true, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        long size = 0;
        foreach (var (key, value) in configMap.Data ?? new Dictionary<string, string>())
        {
            Checks.Name(key, FieldPath.Of("data").Key(key), NameRules.ConfigKey, errors);
            if (configMap.BinaryData?.ContainsKey(key) == true)
            {
                errors.Add(FieldError.Invalid(FieldPath.Of("data").Key(key), key, "duplicate of key present in binaryData"));
            }

            size += Encoding.UTF8.GetByteCount(value);
        }

        foreach (var (key, value) in configMap.BinaryData ?? new Dictionary<string, byte[]>())
        {
            Checks.Name(key, FieldPath.Of("binaryData").Key(key), NameRules.ConfigKey, errors);
            size += value.Length;
        }

        if (size > MaxSize)
        {
            errors.Add(FieldError.TooLong(FieldPath.Of("data"), MaxSize));
        }
    }

    public static void ValidateConfigMapUpdate(ConfigMap updated, ConfigMap existing, List<FieldError> errors)
    {
        if (existing.Immutable != true)
        {
            return;
        }

        if (updated.Immutable != true)
        {
            errors.Add(FieldError.Forbidden(FieldPath.Of("immutable"), "field is immutable when `immutable` is set"));
        }

        if (!SameStrings(updated.Data, existing.Data))
        {
            errors.Add(FieldError.Forbidden(FieldPath.Of("data"), "field is immutable when `immutable` is set"));
        }

        if (!SameBytes(updated.BinaryData, existing.BinaryData))
        {
            errors.Add(FieldError.Forbidden(FieldPath.Of("binaryData"), "field is immutable when `immutable` is set"));
        }
    }

    public static bool SameStrings(IReadOnlyDictionary<string, string>? left, IReadOnlyDictionary<string, string>? right) =>
        (left?.Count ?? 0) == (right?.Count ?? 0) &&
        (left ?? new Dictionary<string, string>()).All(pair => right!.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public static bool SameBytes(IReadOnlyDictionary<string, byte[]>? left, IReadOnlyDictionary<string, byte[]>? right) =>
        (left?.Count ?? 0) == (right?.Count ?? 0) &&
        (left ?? new Dictionary<string, byte[]>()).All(pair => right!.TryGetValue(pair.Key, out var value) && value.AsSpan().SequenceEqual(pair.Value));
}
