namespace ActorOrchestrator.Actors.TestKit;

/// <summary>Renders messages, senders and types for failure messages.</summary>
internal static class MessageText
{
    private const int MaxListed = 20;

    public static string Describe(object? message) => message switch
    {
        null => "null",
        string text => $"String \"{text}\"",
        _ => $"{TypeName(message.GetType())} {message}",
    };

    public static string Describe(Envelope envelope) => $"{Describe(envelope.Message)} from {envelope.Sender.Path}";

    public static string TypeName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{(tick < 0 ? name : name[..tick])}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }

    /// <summary>One item per line, indented, at most <see cref="MaxListed"/> of them.</summary>
    public static string List<T>(IReadOnlyCollection<T> items, Func<T, string> describe)
    {
        if (items.Count == 0)
        {
            return " (none)";
        }
        var lines = items.Take(MaxListed).Select(item => Environment.NewLine + "  " + describe(item));
        var more = items.Count > MaxListed ? $"{Environment.NewLine}  ... and {items.Count - MaxListed} more" : string.Empty;
        return string.Concat(lines) + more;
    }
}
