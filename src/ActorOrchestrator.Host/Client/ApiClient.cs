using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ActorOrchestrator.Host.Client;

/// <summary>
/// HTTP to the Kubernetes API as kubectl speaks it: JSON bodies, Kubernetes Status objects on errors (turned into
/// kubectl's "Error from server (Reason): message" lines), streams for watches and logs.
/// </summary>
internal sealed class ApiClient : IDisposable
{
    public const string TableAccept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";
    public const string MergePatch = "application/merge-patch+json";

    private readonly HttpClient _http;
    private readonly Uri _server;

    public ApiClient(Uri server)
    {
        _server = server;
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
        {
            BaseAddress = server,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("ao/1.0");
    }

    /// <summary>GETs a JSON document; null when the server answers 404.</summary>
    public async Task<JsonObject?> TryGetAsync(string path, CancellationToken cancellationToken, string accept = "application/json")
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, null, accept, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonObject> GetAsync(string path, CancellationToken cancellationToken, string accept = "application/json")
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, null, accept, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonObject> PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body, "application/json", "application/json", cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonObject> PatchAsync(string path, JsonNode patch, CancellationToken cancellationToken, string contentType = MergePatch)
    {
        using var response = await SendAsync(HttpMethod.Patch, path, patch, contentType, "application/json", cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonObject> DeleteAsync(string path, JsonNode? options, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, path, options, "application/json", "application/json", cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a streaming GET (a watch, or logs with follow) and returns its body once the status is a success.</summary>
    public async Task<Stream> OpenStreamAsync(string path, string accept, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, path, null, null, accept, cancellationToken, HttpCompletionOption.ResponseHeadersRead)
            .ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                await ReadAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }
        return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        JsonNode? body,
        string? contentType,
        string accept,
        CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd(accept);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }
        try
        {
            return await _http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException failure) when (failure.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            throw new ClientException(
                $"The connection to the server {_server.Authority} was refused - did you specify the right host or port?");
        }
        catch (HttpRequestException failure)
        {
            throw new ClientException($"Unable to connect to the server: {failure.Message}");
        }
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonObject? document = null;
        try
        {
            document = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
        }
        catch (System.Text.Json.JsonException)
        {
            document = null;
        }

        if (response.IsSuccessStatusCode)
        {
            return document ?? throw new ClientException($"error: the server answered {(int)response.StatusCode} without a JSON object");
        }

        throw new ClientException(ErrorText(document, (int)response.StatusCode, text));
    }

    /// <summary>kubectl's wording for an error answer.</summary>
    public static string ErrorText(JsonObject? status, int code, string body)
    {
        var message = (string?)status?["message"];
        var reason = (string?)status?["reason"];
        if (message is null)
        {
            return $"Error from server ({(HttpStatusCode)code}): {(body.Length > 0 ? body.Trim() : $"the server answered {code}")}";
        }
        return reason is { Length: > 0 } ? $"Error from server ({reason}): {message}" : $"Error from server: {message}";
    }
}
