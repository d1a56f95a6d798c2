using System.Text.Json;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Patching;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.Api.Validation;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Http;

/// <summary>Maps whatever a request failed with to the Kubernetes Status the client gets; null for an unexpected failure (a 500).</summary>
internal static class ApiErrors
{
    public static Status? ToStatus(Exception error) => error switch
    {
        StatusException refused => refused.Status,
        InvalidObjectException invalid => invalid.ToStatus(),
        UnknownKindException unknown => Failure(404, "NotFound", unknown.Message),
        StrictDecodingException strict => Failure(400, "BadRequest", strict.Message),
        ManifestSyntaxException syntax => Failure(400, "BadRequest", syntax.Message),
        ManifestDecodeException decode => Failure(400, "BadRequest", decode.Message),
        SelectorParseException selector => Failure(400, "BadRequest", selector.Message),
        PatchException patch => Failure(422, "Invalid", patch.Message),
        JsonException json => Failure(400, "BadRequest", $"the request body is not valid JSON: {json.Message}"),
        TooOldResourceVersionException tooOld => Failure(410, "Expired", tooOld.Message),
        ExpiredContinueException expired => Failure(410, "Expired", expired.Message) with
        {
            Metadata = new ListMeta { Continue = "InconsistentContinue" },
        },
        InvalidContinueException invalidContinue => Failure(400, "BadRequest", invalidContinue.Message),
        ResourceVersionTooLargeException tooLarge => Failure(504, "Timeout", tooLarge.Message),
        BadHttpRequestException badRequest => Failure(badRequest.StatusCode, badRequest.StatusCode == 413 ? "RequestEntityTooLarge" : "BadRequest", badRequest.Message),
        FormatException format => Failure(400, "BadRequest", format.Message),
        _ => null,
    };

    public static Status Failure(int code, string reason, string message) =>
        new() { Outcome = "Failure", Code = code, Reason = reason, Message = message };

    /// <summary>Kubernetes' answer for a path no served resource has.</summary>
    public static Status NotFoundPath(string method, string path) =>
        Failure(404, "NotFound", $"the server could not find the requested resource ({method.ToLowerInvariant()} {path})");
}
