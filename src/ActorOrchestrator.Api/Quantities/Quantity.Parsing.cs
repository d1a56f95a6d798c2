using System.Numerics;

namespace ActorOrchestrator.Api.Quantities;

public readonly partial struct Quantity
{
    private const string SuffixCharacters = "eEinumkKMGTP";

    /// <summary>Parses a quantity the way Kubernetes' <c>ParseQuantity</c> does.</summary>
    public static bool TryParse(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var position = 0;
        var negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            position++;
        }

        var integerStart = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        var integerDigits = text[integerStart..position];
        var fractionDigits = "";
        if (position < text.Length && text[position] == '.')
        {
            var fractionStart = ++position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            fractionDigits = text[fractionStart..position];
        }

        if (position == integerStart)
        {
            return false;
        }

        var suffix = text[position..];
        if (!IsWellFormedSuffix(suffix) || !QuantitySuffix.TryInterpret(suffix, out var format, out var exponent))
        {
            return false;
        }

        var digits = integerDigits + fractionDigits;
        var value = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var valueScale = -fractionDigits.Length;
        if (negative)
        {
            value = -value;
        }

        if (format == QuantityFormat.BinarySI)
        {
            value *= BigInteger.Pow(1024, exponent);
        }
        else
        {
            valueScale += exponent;
        }

        (value, valueScale) = RoundUpToNano(value, valueScale);
        if (format == QuantityFormat.BinarySI)
        {
            (value, valueScale, format) = LimitBinary(value, valueScale);
        }

        quantity = new Quantity(value, valueScale, format);
        return true;
    }

    // A suffix is letters from the suffix alphabet, then optionally a sign and digits (an exponent).
    private static bool IsWellFormedSuffix(string suffix)
    {
        var position = 0;
        while (position < suffix.Length && SuffixCharacters.Contains(suffix[position]))
        {
            position++;
        }

        if (position < suffix.Length && suffix[position] is '+' or '-')
        {
            position++;
        }

        while (position < suffix.Length && char.IsAsciiDigit(suffix[position]))
        {
            position++;
        }

        return position == suffix.Length;
    }

    // Kubernetes rounds any non-zero amount below a nano up, so asking for a little never yields nothing.
    private static (BigInteger Value, int Scale) RoundUpToNano(BigInteger value, int valueScale)
    {
        if (valueScale >= NanoScale)
        {
            return (value, valueScale);
        }

        var divisor = BigInteger.Pow(10, NanoScale - valueScale);
        var rounded = BigInteger.DivRem(value, divisor, out var remainder);
        if (!remainder.IsZero)
        {
            rounded += value.Sign;
        }

        return (rounded, NanoScale);
    }

    // Binary amounts are capped at 2^63-1, and a binary amount below one is written as decimal.
    private static (BigInteger Value, int Scale, QuantityFormat Format) LimitBinary(BigInteger value, int valueScale)
    {
        var magnitude = BigInteger.Abs(value) * BigInteger.Pow(10, Math.Max(valueScale, 0));
        var unit = BigInteger.Pow(10, Math.Max(-valueScale, 0));
        if (magnitude > MaxBinary * unit)
        {
            return (value.Sign * MaxBinary, 0, QuantityFormat.BinarySI);
        }

        var format = !magnitude.IsZero && magnitude < unit ? QuantityFormat.DecimalSI : QuantityFormat.BinarySI;
        return (value, valueScale, format);
    }
}
