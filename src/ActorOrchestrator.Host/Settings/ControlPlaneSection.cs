using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.control-plane</c> into the resource entities' <see cref="ControlPlaneSettings"/>.</summary>
internal static class ControlPlaneSection
{
    /// <param name="controlPlane">The <c>ao.control-plane</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the entities refuse a value; the message names its key.</exception>
    public static ControlPlaneSettings From(Config controlPlane) =>
        SettingsValidation.Checked(
            new ControlPlaneSettings
            {
                AskTimeout = controlPlane.GetDuration("ask-timeout"),
                ViewWaitTimeout = controlPlane.GetDuration("view-wait-timeout"),
                ResyncInterval = controlPlane.GetDuration("resync-interval"),
                ResyncJitter = controlPlane.GetDouble("resync-jitter"),
                PassivateIdleAfter = controlPlane.GetDuration("passivate-idle-after"),
                ControllerMinBackoff = controlPlane.GetDuration("controller-min-backoff"),
                ControllerMaxBackoff = controlPlane.GetDuration("controller-max-backoff"),
                GenerateNameAttempts = controlPlane.GetInt("generate-name-attempts"),
            },
            settings => settings.Validate());
}
