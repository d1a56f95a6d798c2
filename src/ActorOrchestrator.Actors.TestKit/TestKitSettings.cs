using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.TestKit;

/// <summary>
/// Timing and output settings of a <see cref="TestKit"/>. Every timeout an expectation waits is multiplied by
/// <see cref="TimeFactor"/>, which <see cref="Default"/> reads from the <c>AO_TEST_TIME_FACTOR</c> environment variable
/// so that a slow CI machine can stretch all timeouts without touching the tests.
/// </summary>
public sealed record TestKitSettings
{
    /// <summary>Name of the environment variable holding the time factor (a positive decimal number, e.g. <c>2.5</c>).</summary>
    public const string TimeFactorVariable = "AO_TEST_TIME_FACTOR";

    /// <summary>How long an expectation waits when neither a timeout nor an enclosing <c>Within</c> says otherwise (3 s, before dilation).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Multiplier applied to every expectation timeout and <c>Within</c> maximum (1 = as written).</summary>
    public double TimeFactor { get; init; } = 1.0;

    /// <summary>How long disposing the kit waits for its actor system to terminate (10 s, before dilation).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Lowest level of log entries written to the test output (all levels are captured regardless).</summary>
    public LogLevel OutputLogLevel { get; init; } = LogLevel.Debug;

    /// <summary>Defaults, with <see cref="TimeFactor"/> taken from <c>AO_TEST_TIME_FACTOR</c> when it is set.</summary>
    public static TestKitSettings Default => FromTimeFactorVariable(Environment.GetEnvironmentVariable(TimeFactorVariable));

    /// <summary><paramref name="duration"/> scaled by <see cref="TimeFactor"/>; infinite stays infinite.</summary>
    public TimeSpan Dilated(TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? duration : TimeSpan.FromTicks((long)(duration.Ticks * TimeFactor));

    /// <summary>Throws <see cref="ArgumentException"/> naming the offending setting; returns this instance when valid.</summary>
    public TestKitSettings Validate()
    {
        if (DefaultTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"TestKitSettings.DefaultTimeout must be positive, was {DefaultTimeout}", nameof(DefaultTimeout));
        }
        if (ShutdownTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"TestKitSettings.ShutdownTimeout must be positive, was {ShutdownTimeout}", nameof(ShutdownTimeout));
        }
        if (!double.IsFinite(TimeFactor) || TimeFactor <= 0)
        {
            throw new ArgumentException($"TestKitSettings.TimeFactor must be a positive number, was {TimeFactor}", nameof(TimeFactor));
        }
        return this;
    }

    internal static TestKitSettings FromTimeFactorVariable(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new TestKitSettings();
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || !double.IsFinite(factor) || factor <= 0)
        {
            throw new ArgumentException(
                $"Environment variable {TimeFactorVariable}='{value}' is not a positive number (write e.g. 2 or 2.5 to stretch all test timeouts)");
        }
        return new TestKitSettings { TimeFactor = factor };
    }
}
