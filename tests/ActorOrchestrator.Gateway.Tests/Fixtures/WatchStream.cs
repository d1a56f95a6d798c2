using System.Text.Json;

namespace ActorOrchestrator.Gateway.Tests.Fixtures;

/// <summary>An open watch response read line by line, each line one JSON event.</summary>
internal sealed class WatchStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private WatchStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<WatchStream> OpenAsync(HttpClient http, string path, string accept = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
        return new WatchStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async Task<JsonElement> NextAsync()
    {
        var line = await _reader.ReadLineAsync().WaitAsync(GatewayHarness.Patience);
        Assert.NotNull(line);
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    /// <summary>True when the server ended the stream (within the patience), false when another event came first.</summary>
    public async Task<bool> EndedAsync() => await _reader.ReadLineAsync().WaitAsync(GatewayHarness.Patience) is null;

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
