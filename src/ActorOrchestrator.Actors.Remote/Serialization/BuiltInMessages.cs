using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// The kernel's own messages that travel between members without registration: PoisonPill, Kill, Identify and
/// ActorIdentity (whose message id may be null, a string, an int, a long or a Guid). Their manifests start with
/// <c>ao:</c>, which registered manifests cannot.
/// </summary>
internal static class BuiltInMessages
{
    private const string PoisonPillManifest = "ao:PoisonPill";
    private const string KillManifest = "ao:Kill";
    private const string IdentifyManifest = "ao:Identify";
    private const string ActorIdentityManifest = "ao:ActorIdentity";

    public static bool IsBuiltIn(string manifest) => manifest.StartsWith("ao:", StringComparison.Ordinal);

    /// <summary>Writes a built-in message as JSON; false when <paramref name="message"/> is not one (or its id type is not supported).</summary>
    public static bool TryWrite(object message, IBufferWriter<byte> output, RemoteRefProvider provider, [NotNullWhen(true)] out string? manifest)
    {
        switch (message)
        {
            case PoisonPill:
                WriteEmpty(output);
                manifest = PoisonPillManifest;
                return true;
            case Kill:
                WriteEmpty(output);
                manifest = KillManifest;
                return true;
            case Identify identify when IsSupportedId(identify.MessageId):
                using (var writer = new Utf8JsonWriter(output))
                {
                    writer.WriteStartObject();
                    WriteId(writer, identify.MessageId);
                    writer.WriteEndObject();
                }
                manifest = IdentifyManifest;
                return true;
            case ActorIdentity identity when IsSupportedId(identity.MessageId):
                using (var writer = new Utf8JsonWriter(output))
                {
                    writer.WriteStartObject();
                    WriteId(writer, identity.MessageId);
                    if (identity.Subject is { } subject && !subject.IsNobody())
                    {
                        writer.WriteString("subject", provider.FullPathOf(subject));
                    }
                    writer.WriteEndObject();
                }
                manifest = ActorIdentityManifest;
                return true;
            default:
                manifest = null;
                return false;
        }
    }

    /// <summary>Reads a built-in message; false for an unknown <c>ao:</c> manifest. Bad JSON throws <see cref="JsonException"/>.</summary>
    public static bool TryRead(string manifest, ReadOnlySpan<byte> utf8Json, RemoteRefProvider provider, [NotNullWhen(true)] out object? message)
    {
        switch (manifest)
        {
            case PoisonPillManifest:
                message = PoisonPill.Instance;
                return true;
            case KillManifest:
                message = Kill.Instance;
                return true;
            case IdentifyManifest:
                using (var document = JsonDocument.Parse(utf8Json.ToArray()))
                {
                    message = new Identify(ReadId(document.RootElement));
                }
                return true;
            case ActorIdentityManifest:
                using (var document = JsonDocument.Parse(utf8Json.ToArray()))
                {
                    var subject = document.RootElement.TryGetProperty("subject", out var text) && text.GetString() is { } path
                        ? provider.ResolveFullPath(path)
                        : null;
                    message = new ActorIdentity(ReadId(document.RootElement), subject);
                }
                return true;
            default:
                message = null;
                return false;
        }
    }

    private static bool IsSupportedId(object? id) => id is null or string or int or long or Guid;

    private static void WriteEmpty(IBufferWriter<byte> output)
    {
        "{}"u8.CopyTo(output.GetSpan(2));
        output.Advance(2);
    }

    private static void WriteId(Utf8JsonWriter writer, object? id)
    {
        switch (id)
        {
            case string text:
                writer.WriteString("s", text);
                break;
            case int number:
                writer.WriteNumber("i", number);
                break;
            case long number:
                writer.WriteNumber("l", number);
                break;
            case Guid guid:
                writer.WriteString("g", guid);
                break;
        }
    }

    private static object? ReadId(JsonElement root)
    {
        if (root.TryGetProperty("s", out var text))
        {
            return text.GetString();
        }
        if (root.TryGetProperty("i", out var number))
        {
            return number.GetInt32();
        }
        if (root.TryGetProperty("l", out var longNumber))
        {
            return longNumber.GetInt64();
        }
        return root.TryGetProperty("g", out var guid) ? guid.GetGuid() : null;
    }
}
