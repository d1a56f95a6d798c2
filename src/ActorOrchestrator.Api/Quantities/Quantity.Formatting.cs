using System.Globalization;
using System.Numerics;

namespace ActorOrchestrator.Api.Quantities;

public readonly partial struct Quantity
{
    /// <summary>The canonical form, as the Kubernetes API server writes the quantity back.</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "0";
        }

        if (Format == QuantityFormat.BinarySI && TryFormatBinary(out var binary))
        {
            return binary;
        }

        var (value, exponent) = StripTrailingZeros(unscaled, scale);
        switch (exponent % 3)
        {
            case 1 or -2:
                value *= 10;
                exponent -= 1;
                break;
            case 2 or -1:
                value *= 100;
                exponent -= 2;
                break;
        }

        if (Format == QuantityFormat.DecimalExponent)
        {
            return exponent == 0
                ? Digits(value)
                : Digits(value) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
        }

        if (exponent > QuantitySuffix.MaxDecimalExponent)
        {
            value *= BigInteger.Pow(10, exponent - QuantitySuffix.MaxDecimalExponent);
            exponent = QuantitySuffix.MaxDecimalExponent;
        }

        return Digits(value) + QuantitySuffix.DecimalSuffix(exponent);
    }

    // Binary quantities print with the largest power of 1024 that divides them; small or fractional ones print as decimal.
    private bool TryFormatBinary(out string text)
    {
        text = "";
        var remainder = BigInteger.Zero;
        var integral = scale >= 0 ? unscaled * BigInteger.Pow(10, scale) : BigInteger.DivRem(unscaled, BigInteger.Pow(10, -scale), out remainder);
        if (!remainder.IsZero)
        {
            return false;
        }

        if (BigInteger.Abs(integral) < 1024)
        {
            return false;
        }

        var power = 0;
        while (power < QuantitySuffix.MaxBinaryPower)
        {
            var quotient = BigInteger.DivRem(integral, 1024, out var rest);
            if (!rest.IsZero)
            {
                break;
            }

            integral = quotient;
            power++;
        }

        text = Digits(integral) + QuantitySuffix.BinarySuffix(power);
        return true;
    }
}
