using System.Globalization;

namespace ActorOrchestrator.NodeAgent.Agent.Restarts;

/// <summary>Durations written as Go's <c>time.Duration.String()</c> writes them (<c>10s</c>, <c>1m20s</c>, <c>5m0s</c>, <c>250ms</c>), as kubelet's messages show them.</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return "-" + Format(duration.Negate());
        }

        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            return duration < TimeSpan.FromMilliseconds(1)
                ? Trim(duration.Ticks / 10.0) + "µs"
                : Trim(duration.Ticks / (double)TimeSpan.TicksPerMillisecond) + "ms";
        }

        var hours = (long)duration.TotalHours;
        var seconds = Trim((duration.Ticks % TimeSpan.TicksPerMinute) / (double)TimeSpan.TicksPerSecond) + "s";
        if (hours > 0)
        {
            return $"{hours}h{duration.Minutes}m{seconds}";
        }

        return duration.Minutes > 0 ? $"{duration.Minutes}m{seconds}" : seconds;
    }

    private static string Trim(double value) => value.ToString("0.#########", CultureInfo.InvariantCulture);
}
