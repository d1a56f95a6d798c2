using System.Text.RegularExpressions;

namespace ActorOrchestrator.Host.Configuration;

/// <summary>
/// Maps <c>AO_SECTION__KEY</c> environment variables to configuration paths: drop <c>AO_</c>, lower-case,
/// <c>__</c> separates keys and <c>_</c> becomes <c>-</c>, under <c>ao</c>. <c>AO_API__PORT</c> is
/// <c>ao.api.port</c>, <c>AO_NODE__DATA_DIR</c> is <c>ao.node.data-dir</c>. Names without <c>__</c>
/// (such as <c>AO_TEST_POSTGRES</c>) are not configuration and are left alone.
/// </summary>
internal static partial class EnvironmentVariableMapping
{
    public const string Prefix = "AO_";

    /// <summary>The configuration path for a variable name, or null when the variable is not configuration.</summary>
    public static string? PathFor(string variable)
    {
        if (!variable.StartsWith(Prefix, StringComparison.Ordinal) || !variable.Contains("__", StringComparison.Ordinal))
        {
            return null;
        }

        var keys = variable[Prefix.Length..].ToLowerInvariant().Split("__").Select(key => key.Replace('_', '-')).ToList();
        return keys.All(key => Key().IsMatch(key)) ? "ao." + string.Join('.', keys) : null;
    }

    /// <summary>Configuration variables in a stable order (by name), each with its path.</summary>
    public static IReadOnlyList<(string Variable, string Path, string Value)> Select(IReadOnlyDictionary<string, string> environment) =>
        [.. environment
            .Select(variable => (variable.Key, Path: PathFor(variable.Key), variable.Value))
            .Where(variable => variable.Path is not null)
            .OrderBy(variable => variable.Key, StringComparer.Ordinal)
            .Select(variable => (variable.Key, variable.Path!, variable.Value))];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Key();
}
