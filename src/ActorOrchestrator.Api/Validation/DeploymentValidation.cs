using System.Globalization;
using ActorOrchestrator.Api.Apps;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Validation;

internal static class DeploymentValidation
{
    private static readonly string[] StrategyTypes = ["Recreate", "RollingUpdate"];

    public static void Validate(Deployment deployment, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(deployment.Metadata, namespaced: true, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        var spec = deployment.Spec;
        var path = FieldPath.Of("spec");
        Checks.NonNegative(spec.Replicas, path.Child("replicas"), errors);
        PodTemplateValidation.ValidateSelector(spec.Selector, path.Child("selector"), errors);
        PodTemplateValidation.Validate(spec.Template, spec.Selector, path.Child("template"), errors);
        ValidateStrategy(spec.Strategy, path.Child("strategy"), errors);
        Checks.NonNegative(spec.MinReadySeconds, path.Child("minReadySeconds"), errors);
        Checks.NonNegative(spec.RevisionHistoryLimit, path.Child("revisionHistoryLimit"), errors);
        if (spec.ProgressDeadlineSeconds is { } deadline)
        {
            Checks.NonNegative(deadline, path.Child("progressDeadlineSeconds"), errors);
            if (deadline <= (spec.MinReadySeconds ?? 0))
            {
                errors.Add(FieldError.Invalid(path.Child("progressDeadlineSeconds"), deadline, "must be greater than minReadySeconds"));
            }
        }
    }

    public static void ValidateUpdate(Deployment updated, Deployment existing, List<FieldError> errors) =>
        ReplicaSetValidation.SelectorUnchanged(updated.Spec.Selector, existing.Spec.Selector, errors);

    private static void ValidateStrategy(DeploymentStrategy? strategy, FieldPath path, List<FieldError> errors)
    {
        if (strategy is null)
        {
            return;
        }

        switch (strategy.Type)
        {
            case "Recreate" when strategy.RollingUpdate is not null:
                errors.Add(FieldError.Forbidden(path.Child("rollingUpdate"), "may not be specified when strategy `type` is 'Recreate'"));
                break;
            case null or "RollingUpdate" when strategy.RollingUpdate is { } rolling:
                ValidateRollingUpdate(rolling, path.Child("rollingUpdate"), errors);
                break;
            case null or "Recreate" or "RollingUpdate":
                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("type"), strategy.Type, StrategyTypes));
                break;
        }
    }

    private static void ValidateRollingUpdate(RollingUpdateDeployment rolling, FieldPath path, List<FieldError> errors)
    {
        var unavailable = IntOrPercent(rolling.MaxUnavailable, path.Child("maxUnavailable"), errors);
        var surge = IntOrPercent(rolling.MaxSurge, path.Child("maxSurge"), errors);
        if (rolling.MaxUnavailable is not null && rolling.MaxSurge is not null && unavailable == 0 && surge == 0)
        {
            errors.Add(FieldError.Invalid(path.Child("maxUnavailable"), rolling.MaxUnavailable, "may not be 0 when `maxSurge` is 0"));
        }

        if (rolling.MaxUnavailable is { IsPercent: true } && unavailable > 100)
        {
            errors.Add(FieldError.Invalid(path.Child("maxUnavailable"), rolling.MaxUnavailable, "must not be greater than 100%"));
        }
    }

    private static int? IntOrPercent(IntOrString? value, FieldPath path, List<FieldError> errors)
    {
        if (value is not { } given)
        {
            return null;
        }

        if (given.IsString && !given.IsPercent)
        {
            errors.Add(FieldError.Invalid(path, given, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"));
            return null;
        }

        var number = given.IsString ? int.Parse(given.StringValue![..^1], CultureInfo.InvariantCulture) : given.IntValue;
        Checks.NonNegative(number, path, errors);
        return number;
    }
}
