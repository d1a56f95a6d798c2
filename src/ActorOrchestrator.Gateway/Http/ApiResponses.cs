using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Serialization;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Http;

/// <summary>Writes JSON answers, Status errors and Warning headers.</summary>
internal static class ApiResponses
{
    public const string Json = "application/json";

    public static Task WriteJsonAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> json, string contentType = Json)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = json.Length;
        return context.Response.Body.WriteAsync(json, context.RequestAborted).AsTask();
    }

    public static Task WriteObjectAsync(HttpContext context, int statusCode, object value) =>
        WriteJsonAsync(context, statusCode, ApiSerializer.ToJsonBytes(value));

    public static Task WriteStatusAsync(HttpContext context, Status status) =>
        WriteObjectAsync(context, status.Code ?? 500, status);

    /// <summary>One <c>Warning: 299 - "text"</c> header per warning; kubectl prints each as <c>Warning: text</c>.</summary>
    public static void AddWarnings(HttpContext context, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            context.Response.Headers.Append("Warning", $"299 - \"{Escape(warning)}\"");
        }
    }

    // A warning is a quoted-string: backslash and quote are escaped, control characters (which a header cannot carry) dropped.
    private static string Escape(string text) =>
        new([.. text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Where(c => c >= ' ' && c < 0x7f)]);
}
