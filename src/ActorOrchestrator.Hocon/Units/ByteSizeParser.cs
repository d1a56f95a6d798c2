namespace ActorOrchestrator.Hocon.Units;

/// <summary>
/// Sizes in bytes: a bare number is bytes; kB, MB, ... are powers of ten, K/Ki/KiB, M/Mi/MiB, ... powers of two,
/// exactly as the specification lists them.
/// </summary>
internal static class ByteSizeParser
{
    public const string Expected = "a size in bytes (a number, or a number with B, kB, MB, GB, KiB, MiB, GiB, ...)";

    private static readonly Dictionary<string, decimal> BytesPerUnit = Build();

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        return UnitValue.TrySplit(text, out var number, out var unit)
            && BytesPerUnit.TryGetValue(unit.Length == 0 ? "B" : unit, out var multiplier)
            && TryMultiply(number, multiplier, out bytes);
    }

    private static bool TryMultiply(decimal number, decimal multiplier, out long bytes)
    {
        bytes = 0;
        try
        {
            var value = decimal.Truncate(number * multiplier);
            if (value < long.MinValue || value > long.MaxValue)
            {
                return false;
            }

            bytes = (long)value;
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
        foreach (var name in new[] { "B", "b", "byte", "bytes" })
        {
            units[name] = 1;
        }

        string[] decimalPrefixes = ["k", "M", "G", "T", "P", "E", "Z", "Y"];
        string[] decimalNames = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryNames = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        decimal powerOfTen = 1;
        decimal powerOfTwo = 1;
        for (var i = 0; i < decimalPrefixes.Length; i++)
        {
            powerOfTen *= 1000;
            powerOfTwo *= 1024;
            var letter = decimalPrefixes[i].ToUpperInvariant();
            units[$"{decimalPrefixes[i]}B"] = powerOfTen;
            units[$"{decimalNames[i]}byte"] = powerOfTen;
            units[$"{decimalNames[i]}bytes"] = powerOfTen;
            foreach (var name in new[] { letter, letter.ToLowerInvariant(), $"{letter}i", $"{letter}iB", $"{binaryNames[i]}byte", $"{binaryNames[i]}bytes" })
            {
                units[name] = powerOfTwo;
            }
        }

        return units;
    }
}
