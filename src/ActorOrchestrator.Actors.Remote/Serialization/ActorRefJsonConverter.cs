using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Actors.Remote;

/// <summary>
/// Writes an <see cref="IActorRef"/> inside a message as its full address (<c>ao://system@host:port/user/a#uid</c>)
/// and reads it back as a ref the receiving member can reply to. Add <see cref="Instance"/> to the JSON options of
/// the message serializer; it works only while remoting serializes or deserializes a message.
/// </summary>
public sealed class ActorRefJsonConverter : JsonConverter<IActorRef>
{
    public static ActorRefJsonConverter Instance { get; } = new();

    public override bool HandleNull => true;

    public override IActorRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        var text = reader.GetString() ?? throw new JsonException("An actor ref must be a string");
        return ActiveProvider().ResolveFullPath(text);
    }

    public override void Write(Utf8JsonWriter writer, IActorRef value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null || value.IsNobody())
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStringValue(ActiveProvider().FullPathOf(value));
    }

    private static RemoteRefProvider ActiveProvider() => RemoteRefProvider.Current
        ?? throw new InvalidOperationException("An IActorRef inside a message can only be (de)serialized by remoting while it sends or receives that message");
}
