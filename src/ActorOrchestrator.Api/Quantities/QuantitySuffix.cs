namespace ActorOrchestrator.Api.Quantities;

/// <summary>The suffix tables of Kubernetes quantities.</summary>
internal static class QuantitySuffix
{
    private static readonly (string Suffix, int Exponent)[] Decimal =
    [
        ("n", -9), ("u", -6), ("m", -3), ("", 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18),
    ];

    private static readonly (string Suffix, int Power)[] Binary =
    [
        ("Ki", 1), ("Mi", 2), ("Gi", 3), ("Ti", 4), ("Pi", 5), ("Ei", 6),
    ];

    public const int MaxDecimalExponent = 18;
    public const int MaxBinaryPower = 6;

    /// <summary>Reads a suffix into base 10 exponent or base 1024 power.</summary>
    public static bool TryInterpret(string suffix, out QuantityFormat format, out int exponent)
    {
        foreach (var (text, value) in Decimal)
        {
            if (text == suffix)
            {
                format = QuantityFormat.DecimalSI;
                exponent = value;
                return true;
            }
        }

        foreach (var (text, power) in Binary)
        {
            if (text == suffix)
            {
                format = QuantityFormat.BinarySI;
                exponent = power;
                return true;
            }
        }

        format = QuantityFormat.DecimalExponent;
        exponent = 0;
        if (suffix.Length > 1 && (suffix[0] == 'e' || suffix[0] == 'E'))
        {
            return int.TryParse(suffix.AsSpan(1), System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out exponent);
        }

        return false;
    }

    public static string DecimalSuffix(int exponent)
    {
        foreach (var (text, value) in Decimal)
        {
            if (value == exponent)
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "no decimal SI suffix");
    }

    public static string BinarySuffix(int power) => power == 0 ? "" : Binary[power - 1].Suffix;
}
