using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ActorOrchestrator.Gateway.Http;

/// <summary>Builds one JSON answer in memory with a <see cref="Utf8JsonWriter"/>, then hands out its bytes.</summary>
internal sealed class JsonBuffer : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public JsonBuffer()
    {
        Writer = new Utf8JsonWriter(_buffer, Options);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>The JSON written so far (flushes the writer).</summary>
    public ReadOnlyMemory<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenMemory;
        }
    }

    public void Dispose() => Writer.Dispose();
}
