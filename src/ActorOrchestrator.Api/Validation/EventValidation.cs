using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static class EventValidation
{
    private const int ReasonMaxLength = 128;
    private const int ReportingMaxLength = 128;
    private static readonly string[] ClusterScopedKinds = ["Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole"];

    public static void Validate(Event ev, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(ev.Metadata, namespaced: true, NameRules.Dns1123Subdomain, FieldPath.Of("metadata"), errors);
        var involved = ev.InvolvedObject;
        var clusterScoped = involved.Kind is not null && ClusterScopedKinds.Contains(involved.Kind);
        if (!clusterScoped && !string.IsNullOrEmpty(involved.Namespace) && involved.Namespace != ev.Metadata.Namespace)
        {
            errors.Add(FieldError.Invalid(FieldPath.Of("involvedObject", "namespace"), involved.Namespace, "does not match event.namespace"));
        }

        if (ev.EventTime is not null)
        {
            // Events written through the newer events API carry eventTime and name who reported them.
            Checks.Required(ev.ReportingComponent, FieldPath.Of("reportingComponent"), errors);
            Checks.Required(ev.ReportingInstance, FieldPath.Of("reportingInstance"), errors);
            Checks.Required(ev.Reason, FieldPath.Of("reason"), errors);
        }

        Checks.OneOf(ev.Type is { Length: > 0 } ? ev.Type : null, FieldPath.Of("type"), ["Normal", "Warning"], errors);
        MaxLength(ev.Reason, ReasonMaxLength, FieldPath.Of("reason"), errors);
        MaxLength(ev.ReportingComponent, ReportingMaxLength, FieldPath.Of("reportingComponent"), errors);
        MaxLength(ev.ReportingInstance, ReportingMaxLength, FieldPath.Of("reportingInstance"), errors);
        MaxLength(ev.Action, ReportingMaxLength, FieldPath.Of("action"), errors);
        Checks.NonNegative(ev.Count, FieldPath.Of("count"), errors);
    }

    private static void MaxLength(string? value, int max, FieldPath path, List<FieldError> errors)
    {
        if (value is { Length: > 0 } && value.Length > max)
        {
            errors.Add(FieldError.Invalid(path, value, $"can have at most {max} characters"));
        }
    }
}
