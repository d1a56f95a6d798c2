namespace ActorOrchestrator.Actors;

/// <summary>Rules for user-given actor names.</summary>
internal static class ActorNames
{
    private const string AllowedPunctuation = "-_.*$+:@&=,!~';()";

    public static void Validate(string name, ActorPath parent)
    {
        if (name.Length == 0)
        {
            throw new InvalidActorNameException($"Actor name under {parent} must not be empty");
        }
        if (name[0] == '$')
        {
            throw new InvalidActorNameException($"Actor name '{name}' under {parent} must not start with '$' (reserved for generated names)");
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !AllowedPunctuation.Contains(c, StringComparison.Ordinal))
            {
                throw new InvalidActorNameException(
                    $"Actor name '{name}' under {parent} contains '{c}'; allowed are ASCII letters, digits and {AllowedPunctuation}");
            }
        }
    }
}
