using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Shared helpers of the sections: a component's own validation turned into a settings error, and "off" durations.</summary>
internal static class SettingsValidation
{
    /// <summary>Runs a component's <c>Validate</c>; its <see cref="ArgumentException"/> (naming the key) becomes a settings error.</summary>
    public static T Checked<T>(T settings, Action<T> validate)
    {
        try
        {
            validate(settings);
            return settings;
        }
        catch (ArgumentException invalid)
        {
            throw new InvalidSettingsException(invalid.Message);
        }
    }

    /// <summary>A duration that may be written <c>off</c>, which reads as null.</summary>
    public static TimeSpan? DurationOrOff(Config section, string key) =>
        section.GetString(key) is "off" or "false" or "no" ? null : section.GetDuration(key);

    /// <summary>A string where empty means unset.</summary>
    public static string? StringOrNull(Config section, string key) =>
        section.GetString(key) is { Length: > 0 } text ? text : null;
}
