using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.cluster.singleton</c> and <c>ao.cluster.singleton-proxy</c>.</summary>
internal static class SingletonSection
{
    /// <param name="singleton">The <c>ao.cluster.singleton</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the singleton manager refuses a value; the message names its key.</exception>
    public static ClusterSingletonManagerSettings ManagerFrom(Config singleton) =>
        SettingsValidation.Checked(
            new ClusterSingletonManagerSettings
            {
                SingletonName = singleton.GetString("singleton-name"),
                Role = SettingsValidation.StringOrNull(singleton, "role"),
                HandOverRetryInterval = singleton.GetDuration("hand-over-retry-interval"),
                RemovalMargin = singleton.GetDuration("removal-margin"),
            },
            settings => settings.Validate());

    /// <param name="proxy">The <c>ao.cluster.singleton-proxy</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the proxy refuses a value; the message names its key.</exception>
    public static ClusterSingletonProxySettings ProxyFrom(Config proxy) =>
        SettingsValidation.Checked(
            new ClusterSingletonProxySettings
            {
                SingletonName = proxy.GetString("singleton-name"),
                Role = SettingsValidation.StringOrNull(proxy, "role"),
                SingletonIdentificationInterval = proxy.GetDuration("singleton-identification-interval"),
                BufferSize = proxy.GetInt("buffer-size"),
            },
            settings => settings.Validate());
}
