namespace ActorOrchestrator.Actors.Cluster.Singleton;

/// <summary>Checks shared by the singleton manager's and proxy's settings.</summary>
internal static class SingletonNames
{
    public static void Check(string name, string key)
    {
        if (string.IsNullOrEmpty(name) || name.StartsWith('$') || name.Contains('/') || name.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"Invalid cluster setting {key}: must be an actor name (not empty, no '/', no white space, not starting with '$'), was '{name}'");
        }
    }

    public static void CheckRole(string? role, string key)
    {
        if (role is not null && (role.Length == 0 || role.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException($"Invalid cluster setting {key}: must be null or a role name without white space, was '{role}'");
        }
    }
}
