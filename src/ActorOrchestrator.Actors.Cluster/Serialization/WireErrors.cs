using System.Text.Json;

namespace ActorOrchestrator.Actors.Cluster.Serialization;

/// <summary>Turns a rejected wire description into the <see cref="JsonException"/> a deserializer reports.</summary>
internal static class WireErrors
{
    public static T Guard<T>(Func<T> restore, string what)
    {
        try
        {
            return restore();
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Invalid {what} on the wire: {e.Message}", e);
        }
    }
}
