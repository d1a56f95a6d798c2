using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Api.Validation;

/// <summary>Kubernetes' LabelSelector validation: matchLabels as labels, matchExpressions with a known operator and fitting values.</summary>
public static class LabelSelectorValidation
{
    public static void Validate(LabelSelector? selector, FieldPath path, List<FieldError> errors)
    {
        if (selector is null)
        {
            return;
        }

        ObjectMetaValidation.ValidateLabels(selector.MatchLabels, path.Child("matchLabels"), errors);
        var expressions = selector.MatchExpressions ?? [];
        for (var index = 0; index < expressions.Count; index++)
        {
            var expression = expressions[index];
            var at = path.Child("matchExpressions").Index(index);
            var values = expression.Values ?? [];
            switch (expression.Operator)
            {
                case "In" or "NotIn" when values.Count == 0:
                    errors.Add(FieldError.Required(at.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                    break;
                case "Exists" or "DoesNotExist" when values.Count > 0:
                    errors.Add(FieldError.Forbidden(at.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                    break;
                case "In" or "NotIn" or "Exists" or "DoesNotExist":
                    break;
                default:
                    errors.Add(FieldError.Invalid(at.Child("operator"), expression.Operator ?? "", "not a valid selector operator"));
                    break;
            }

            Checks.Name(expression.Key ?? "", at.Child("key"), NameRules.QualifiedName, errors);
            foreach (var value in values)
            {
                Checks.Name(value, at.Child("values"), NameRules.LabelValue, errors);
            }
        }
    }

    /// <summary>True when the selector has neither matchLabels nor matchExpressions.</summary>
    public static bool IsEmpty(LabelSelector selector) =>
        (selector.MatchLabels is null || selector.MatchLabels.Count == 0) &&
        (selector.MatchExpressions is null || selector.MatchExpressions.Count == 0);
}
