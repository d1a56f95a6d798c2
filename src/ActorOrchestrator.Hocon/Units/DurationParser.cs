namespace ActorOrchestrator.Hocon.Units;

/// <summary>Durations: a bare number is milliseconds; units are lower case, as the specification lists them.</summary>
internal static class DurationParser
{
    public const string Expected = "a duration (a number of milliseconds, or a number with ns, us, ms, s, m, h or d)";

    private static readonly Dictionary<string, decimal> TicksPerUnit = Build();

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        if (!UnitValue.TrySplit(text, out var number, out var unit))
        {
            return false;
        }

        return TryFromUnit(number, unit.Length == 0 ? "ms" : unit, out duration);
    }

    public static bool TryFromMilliseconds(decimal milliseconds, out TimeSpan duration) => TryFromUnit(milliseconds, "ms", out duration);

    private static bool TryFromUnit(decimal number, string unit, out TimeSpan duration)
    {
        duration = default;
        if (!TicksPerUnit.TryGetValue(unit, out var ticksPerUnit))
        {
            return false;
        }

        try
        {
            var ticks = decimal.Truncate(number * ticksPerUnit);
            if (ticks < TimeSpan.MinValue.Ticks || ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }

            duration = TimeSpan.FromTicks((long)ticks);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static Dictionary<string, decimal> Build()
    {
        var units = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Add(decimal ticks, params string[] names)
        {
            foreach (var name in names)
            {
                units[name] = ticks;
            }
        }

        Add(0.01m, "ns", "nanosecond", "nanoseconds");
        Add(10m, "us", "microsecond", "microseconds");
        Add(TimeSpan.TicksPerMillisecond, "ms", "millisecond", "milliseconds");
        Add(TimeSpan.TicksPerSecond, "s", "second", "seconds");
        Add(TimeSpan.TicksPerMinute, "m", "minute", "minutes");
        Add(TimeSpan.TicksPerHour, "h", "hour", "hours");
        Add(TimeSpan.TicksPerDay, "d", "day", "days");
        return units;
    }
}
