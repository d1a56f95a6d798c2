using ActorOrchestrator.Hocon;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Configuration;

/// <summary>
/// Layers the configuration: reference.conf, then each --config file in order, then AO_ environment
/// variables, then --set options; a later layer wins. Substitutions resolve against the whole result.
/// </summary>
internal static class ConfigurationLoader
{
    /// <exception cref="ConfigException">a source is not valid HOCON or does not resolve.</exception>
    /// <exception cref="UsageException">a --set option is not key=value.</exception>
    public static LoadedConfiguration Load(ConfigurationSources sources)
    {
        var reference = ReferenceConfiguration.Load();
        var layers = new List<Config>();
        layers.AddRange(sources.Files.Select(Config.ParseFile));
        layers.AddRange(EnvironmentVariableMapping.Select(sources.Environment)
            .Select(variable => Config.FromValue(variable.Path, variable.Value, $"environment variable {variable.Variable}")));
        layers.AddRange(sources.Settings.Select(ParseSetting));

        var merged = layers.Aggregate(reference, (below, layer) => layer.WithFallback(below));
        var warnings = layers
            .SelectMany(layer => layer.EntriesNotDeclaredIn(reference))
            .Where(entry => entry.Segments.Count > 0 && entry.Segments[0] == "ao")
            .Select(entry => $"warning: unknown configuration key {entry.Path} ({entry.Origin}); reference.conf does not declare it")
            .ToList();
        return new LoadedConfiguration(merged.Resolve(), warnings);
    }

    private static Config ParseSetting(string setting)
    {
        var separator = setting.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new UsageException($"--set expects key=value, but got '{setting}'");
        }

        var key = setting[..separator].Trim();
        try
        {
            return Config.FromValue(key, setting[(separator + 1)..], $"--set {key}");
        }
        catch (ArgumentException error)
        {
            throw new UsageException($"--set {setting}: {error.Message}");
        }
    }
}
