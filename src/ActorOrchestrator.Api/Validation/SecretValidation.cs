using System.Text;
using System.Text.Json;
using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static class SecretValidation
{
    public static void Validate(Secret secret, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(secret.Metadata, namespaced: true, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        var data = secret.Data ?? new Dictionary<string, byte[]>();
        long size = 0;
        foreach (var (key, value) in data)
        {
            Checks.Name(key, FieldPath.Of("data").Key(key), NameRules.ConfigKey, errors);
            size += value.Length;
        }

        foreach (var (key, value) in secret.StringData ?? new Dictionary<string, string>())
        {
            Checks.Name(key, FieldPath.Of("stringData").Key(key), NameRules.ConfigKey, errors);
            size += Encoding.UTF8.GetByteCount(value);
        }

        if (size > ConfigDataValidation.MaxSize)
        {
            errors.Add(FieldError.TooLong(FieldPath.Of("data"), ConfigDataValidation.MaxSize));
        }

        ValidateType(secret, errors);
    }

    public static void ValidateUpdate(Secret updated, Secret existing, List<FieldError> errors)
    {
        if ((updated.Type ?? "Opaque") != (existing.Type ?? "Opaque"))
        {
            errors.Add(FieldError.Invalid(FieldPath.Of("type"), updated.Type ?? "", "field is immutable"));
        }

        if (existing.Immutable == true)
        {
            if (updated.Immutable != true)
            {
                errors.Add(FieldError.Forbidden(FieldPath.Of("immutable"), "field is immutable when `immutable` is set"));
            }

            if (!ConfigDataValidation.SameBytes(updated.Data, existing.Data))
            {
                errors.Add(FieldError.Forbidden(FieldPath.Of("data"), "field is immutable when `immutable` is set"));
            }
        }
    }

    private static void ValidateType(Secret secret, List<FieldError> errors)
    {
        var data = secret.Data ?? new Dictionary<string, byte[]>();
        bool Has(string key) => data.ContainsKey(key) || secret.StringData?.ContainsKey(key) == true;
        switch (secret.Type)
        {
            case "kubernetes.io/service-account-token":
                if (secret.Metadata.Annotations?.ContainsKey("kubernetes.io/service-account.name") != true)
                {
                    errors.Add(FieldError.Required(FieldPath.Of("metadata", "annotations").Key("kubernetes.io/service-account.name")));
                }

                break;
            case "kubernetes.io/dockercfg":
                RequireJson(data, ".dockercfg", errors);
                break;
            case "kubernetes.io/dockerconfigjson":
                RequireJson(data, ".dockerconfigjson", errors);
                break;
            case "kubernetes.io/basic-auth" when !Has("username") && !Has("password"):
                errors.Add(FieldError.Required(FieldPath.Of("data").Key("username"), "either username or password is required"));
                break;
            case "kubernetes.io/ssh-auth" when !Has("ssh-privatekey"):
                errors.Add(FieldError.Required(FieldPath.Of("data").Key("ssh-privatekey")));
                break;
            case "kubernetes.io/tls":
                foreach (var key in new[] { "tls.crt", "tls.key" })
                {
                    if (!Has(key))
                    {
                        errors.Add(FieldError.Required(FieldPath.Of("data").Key(key)));
                    }
                }

                break;
        }
    }

    private static void RequireJson(IReadOnlyDictionary<string, byte[]> data, string key, List<FieldError> errors)
    {
        var path = FieldPath.Of("data").Key(key);
        if (!data.TryGetValue(key, out var value))
        {
            errors.Add(FieldError.Required(path));
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(value);
        }
        catch (JsonException error)
        {
            errors.Add(FieldError.Invalid(path, "<secret contents redacted>", error.Message));
        }
    }
}
