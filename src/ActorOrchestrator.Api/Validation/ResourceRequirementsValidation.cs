using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Validation;

/// <summary>Container resources: known or qualified resource names, non-negative quantities, requests within limits.</summary>
internal static class ResourceRequirementsValidation
{
    private static readonly string[] NativeResources = ["cpu", "memory", "ephemeral-storage"];

    public static void Validate(ResourceRequirements? resources, FieldPath path, List<FieldError> errors)
    {
        if (resources is null)
        {
            return;
        }

        ValidateResourceList(resources.Limits, path.Child("limits"), errors);
        ValidateResourceList(resources.Requests, path.Child("requests"), errors);
        var requestsPath = path.Child("requests");
        foreach (var (name, request) in resources.Requests ?? new Dictionary<string, Quantity>())
        {
            if (resources.Limits is null || !resources.Limits.TryGetValue(name, out var limit))
            {
                continue;
            }

            if (!OvercommitAllowed(name) && request != limit)
            {
                errors.Add(FieldError.Invalid(requestsPath, request.ToString(), $"must be equal to {name} limit of {limit}"));
            }
            else if (request > limit)
            {
                errors.Add(FieldError.Invalid(requestsPath, request.ToString(), $"must be less than or equal to {name} limit of {limit}"));
            }
        }

        var claims = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < (resources.Claims?.Count ?? 0); index++)
        {
            var claim = resources.Claims![index];
            var at = path.Child("claims").Index(index);
            if (string.IsNullOrEmpty(claim.Name))
            {
                errors.Add(FieldError.Required(at.Child("name")));
            }
            else if (!claims.Add(claim.Name + "/" + claim.Request))
            {
                errors.Add(FieldError.Duplicate(at, claim.Name));
            }
        }
    }

    public static void ValidateResourceList(IReadOnlyDictionary<string, Quantity>? resources, FieldPath path, List<FieldError> errors)
    {
        foreach (var (name, quantity) in resources ?? new Dictionary<string, Quantity>())
        {
            var at = path.Key(name);
            if (!NativeResources.Contains(name) && !name.StartsWith("hugepages-", StringComparison.Ordinal))
            {
                if (!name.Contains('/'))
                {
                    errors.Add(FieldError.Invalid(at, name, "must be a standard resource type or fully qualified"));
                }
                else
                {
                    Checks.Name(name, at, NameRules.QualifiedName, errors);
                }
            }

            if (quantity.Sign < 0)
            {
                errors.Add(FieldError.Invalid(at, quantity.ToString(), Checks.GreaterOrEqualZero));
            }

            if (!NativeResources.Contains(name) && !name.StartsWith("hugepages-", StringComparison.Ordinal) && quantity.MilliValue % 1000 != 0)
            {
                errors.Add(FieldError.Invalid(at, quantity.ToString(), "must be an integer"));
            }
        }
    }

    // Requests may be below limits only for resources Kubernetes itself manages; extended resources and huge pages must match.
    private static bool OvercommitAllowed(string name) =>
        !name.StartsWith("hugepages-", StringComparison.Ordinal) &&
        (!name.Contains('/') || name.StartsWith("kubernetes.io/", StringComparison.Ordinal));
}
