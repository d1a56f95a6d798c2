using ActorOrchestrator.Gateway;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.api</c> into the gateway's <see cref="GatewaySettings"/>.</summary>
internal static class ApiSection
{
    /// <param name="api">The <c>ao.api</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the gateway refuses a value; the message names its key.</exception>
    public static GatewaySettings From(Config api) =>
        SettingsValidation.Checked(
            new GatewaySettings
            {
                Host = api.GetString("host"),
                Port = api.GetInt("port"),
                MaxRequestBodyBytes = api.GetBytes("max-request-body-bytes"),
                ReadAfterWriteTimeout = api.GetDuration("read-after-write-timeout"),
                ReportedVersion = api.GetString("reported-version"),
            },
            settings => settings.Validate());
}
