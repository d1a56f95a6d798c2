using System.Text.Json;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.Gateway.Http;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>Reads DeleteOptions from a DELETE's JSON body (what kubectl sends) or its query string.</summary>
internal static class DeleteOptionsReader
{
    public static async Task<DeleteOptions> ReadAsync(HttpContext context, GatewayContext gateway)
    {
        var query = context.Request.Query;
        var options = new DeleteOptions
        {
            PropagationPolicy = Policy(QueryOptions.Text(query, "propagationPolicy"), Orphan(QueryOptions.Text(query, "orphanDependents"))),
            GracePeriodSeconds = QueryOptions.Number(query, "gracePeriodSeconds"),
            DryRun = QueryOptions.DryRun(query),
        };
        var bytes = await RequestBody.ReadAsync(context.Request, gateway.Settings.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        return bytes.Length == 0 ? options : FromBody(bytes, options);
    }

    /// <summary>DeleteOptions as JSON (a DELETE body, or an Eviction's <c>deleteOptions</c>), over <paramref name="defaults"/>.</summary>
    public static DeleteOptions FromJson(JsonElement body, DeleteOptions defaults)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw StatusException.BadRequest("DeleteOptions must be a JSON object");
        }

        var options = defaults;
        bool? orphan = null;
        foreach (var field in body.EnumerateObject())
        {
            switch (field.Name)
            {
                case "propagationPolicy" when field.Value.ValueKind == JsonValueKind.String:
                    options = options with { PropagationPolicy = Policy(field.Value.GetString(), null) };
                    break;
                case "gracePeriodSeconds" when field.Value.ValueKind == JsonValueKind.Number:
                    options = options with { GracePeriodSeconds = field.Value.GetInt64() };
                    break;
                case "orphanDependents" when field.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    orphan = field.Value.GetBoolean();
                    break;
                case "dryRun" when field.Value.ValueKind == JsonValueKind.Array:
                    options = options with { DryRun = DryRun(field.Value) };
                    break;
                case "preconditions" when field.Value.ValueKind == JsonValueKind.Object:
                    options = options with
                    {
                        PreconditionUid = StringField(field.Value, "uid"),
                        PreconditionResourceVersion = StringField(field.Value, "resourceVersion"),
                    };
                    break;
            }
        }

        return options.PropagationPolicy is null && orphan is { } orphanDependents
            ? options with { PropagationPolicy = orphanDependents ? PropagationPolicy.Orphan : PropagationPolicy.Background }
            : options;
    }

    private static DeleteOptions FromBody(byte[] bytes, DeleteOptions defaults)
    {
        using var document = JsonDocument.Parse(bytes);
        return FromJson(document.RootElement, defaults);
    }

    private static bool DryRun(JsonElement values)
    {
        foreach (var value in values.EnumerateArray())
        {
            if (value.GetString() != "All")
            {
                throw StatusException.BadRequest($"Invalid dry run value \"{value}\": the only valid value is \"All\"");
            }
        }

        return values.GetArrayLength() > 0;
    }

    private static string? StringField(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Orphan(string? value) => value switch
    {
        null => null,
        "true" => true,
        "false" => false,
        _ => throw StatusException.BadRequest($"orphanDependents must be true or false, not \"{value}\""),
    };

    private static PropagationPolicy? Policy(string? value, bool? orphan) => value switch
    {
        null => orphan switch
        {
            true => PropagationPolicy.Orphan,
            false => PropagationPolicy.Background,
            null => null,
        },
        "Background" => PropagationPolicy.Background,
        "Foreground" => PropagationPolicy.Foreground,
        "Orphan" => PropagationPolicy.Orphan,
        _ => throw StatusException.BadRequest($"propagationPolicy must be \"Background\", \"Foreground\" or \"Orphan\", not \"{value}\""),
    };
}
