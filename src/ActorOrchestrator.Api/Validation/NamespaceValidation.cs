using ActorOrchestrator.Api.Core;

namespace ActorOrchestrator.Api.Validation;

internal static class NamespaceValidation
{
    public static void Validate(Namespace ns, List<FieldError> errors)
    {
        ObjectMetaValidation.Validate(ns.Metadata, namespaced: false, NameRules.Dns1123Label, FieldPath.Of("metadata"), errors);
        var finalizers = ns.Spec.Finalizers ?? [];
        for (var index = 0; index < finalizers.Count; index++)
        {
            var path = FieldPath.Of("spec", "finalizers").Index(index);
            Checks.Name(finalizers[index], path, NameRules.QualifiedName, errors);
            if (!finalizers[index].Contains('/') && finalizers[index] != "kubernetes")
            {
                errors.Add(FieldError.Invalid(path, finalizers[index], "name is neither a standard finalizer name nor is it fully qualified"));
            }
        }
    }
}
