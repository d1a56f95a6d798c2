using System.Buffers.Text;
using System.Text.Json;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>
/// The opaque continue token of a paged list: base64url of a small JSON document naming the list's resourceVersion
/// and the last object returned. The next page is read at that resourceVersion, starting after that object.
/// </summary>
internal sealed record ContinueToken(long ResourceVersion, ObjectName After)
{
    private const int FormatVersion = 1;

    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Body(FormatVersion, ResourceVersion, After.Namespace, After.Name), ContinueTokenJson.Default.Body);
        return Base64Url.EncodeToString(json);
    }

    /// <exception cref="InvalidContinueException">the token was not written by <see cref="Encode"/>.</exception>
    public static ContinueToken Decode(string token)
    {
        Body? body;
        try
        {
            body = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(token), ContinueTokenJson.Default.Body);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new InvalidContinueException($"continue key is not valid: {exception.Message}");
        }
        if (body is null || body.V != FormatVersion || body.Rv <= 0 || body.Name is null || body.Ns is null)
        {
            throw new InvalidContinueException("continue key is not valid: it was not written by this server's list");
        }
        return new ContinueToken(body.Rv, new ObjectName(body.Ns, body.Name));
    }

    internal sealed record Body(int V, long Rv, string? Ns, string? Name);
}
