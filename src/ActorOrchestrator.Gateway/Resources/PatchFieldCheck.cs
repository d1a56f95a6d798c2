using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>
/// fieldValidation for merge and strategic-merge patches: the patch is a partial object, so its fields are checked
/// against the kind's schema once the patch directives (<c>$patch</c>, <c>$setElementOrder/...</c>, <c>$retainKeys</c>,
/// <c>$deleteFromPrimitiveList/...</c>) and the nulls that delete fields are left out. Unknown fields are refused under
/// Strict (400) and returned as warnings under Warn, as for whole objects.
/// </summary>
internal static class PatchFieldCheck
{
    public static IReadOnlyList<string> Check(ParsedDocument patch, ResourceTarget target, FieldValidation validation)
    {
        if (validation == FieldValidation.Ignore || patch.Root is not JsonObject root)
        {
            return [];
        }

        var fields = (JsonObject)WithoutDirectives(root)!;
        fields.Remove("apiVersion");
        fields.Remove("kind");
        DecodedObject decoded;
        try
        {
            decoded = ManifestDecoder.Decode(patch with { Root = fields }, target.Kind);
        }
        catch (ManifestDecodeException)
        {
            // A value of the wrong type is the entity's to refuse, once the patch is applied to the whole object.
            return [];
        }

        return decoded.Enforce(validation);
    }

    private static JsonNode? WithoutDirectives(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Where(field => !field.Key.StartsWith('$') && field.Value is not null)
            .Select(field => KeyValuePair.Create(field.Key, WithoutDirectives(field.Value)))),
        JsonArray array => new JsonArray([.. array.Where(item => item is not null).Select(WithoutDirectives)]),
        _ => node?.DeepClone(),
    };
}
