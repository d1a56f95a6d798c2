using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Quantities;

/// <summary>
/// A Kubernetes resource quantity (<c>500m</c>, <c>1Gi</c>, <c>1e3</c>): an exact decimal number plus the suffix
/// family it was written in. Values are rounded up to nano precision, and <see cref="ToString"/> gives the
/// canonical form the Kubernetes API server returns (binary SI stays binary, decimal stays decimal).
/// </summary>
[JsonConverter(typeof(QuantityJsonConverter))]
public readonly partial struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    private const int NanoScale = -9;
    private static readonly BigInteger MaxBinary = long.MaxValue;

    // The value is Unscaled * 10^Scale.
    private readonly BigInteger unscaled;
    private readonly int scale;

    private Quantity(BigInteger unscaled, int scale, QuantityFormat format)
    {
        this.unscaled = unscaled;
        this.scale = scale;
        Format = format;
    }

    /// <summary>The suffix family the quantity is written back in.</summary>
    public QuantityFormat Format { get; }

    public bool IsZero => unscaled.IsZero;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => unscaled.Sign;

    public static Quantity Zero => default;

    /// <summary>An integer quantity, e.g. <c>FromInt64(1 &lt;&lt; 30, QuantityFormat.BinarySI)</c> is <c>1Gi</c>.</summary>
    public static Quantity FromInt64(long value, QuantityFormat format = QuantityFormat.DecimalSI) =>
        new(value, 0, format);

    /// <summary>A quantity in thousandths, e.g. <c>FromMilli(250)</c> is <c>250m</c>.</summary>
    public static Quantity FromMilli(long milli) => new(milli, -3, QuantityFormat.DecimalSI);

    public static Quantity Parse(string text) =>
        TryParse(text, out var quantity) ? quantity : throw new QuantityFormatException(text);

    /// <summary>The value rounded up (away from zero) to a whole number, as Kubernetes' <c>Value()</c>.</summary>
    public long Value => ScaledValue(0);

    /// <summary>The value in thousandths rounded up (away from zero), as Kubernetes' <c>MilliValue()</c>.</summary>
    public long MilliValue => ScaledValue(-3);

    public double ToDouble() => (double)unscaled * Math.Pow(10, scale);

    public Quantity Add(Quantity other)
    {
        var (left, right, common) = Align(this, other);
        return new Quantity(left + right, common, IsZero ? other.Format : Format);
    }

    public Quantity Subtract(Quantity other)
    {
        var (left, right, common) = Align(this, other);
        return new Quantity(left - right, common, IsZero ? other.Format : Format);
    }

    public Quantity Negate() => new(-unscaled, scale, Format);

    public int CompareTo(Quantity other)
    {
        var (left, right, _) = Align(this, other);
        return left.CompareTo(right);
    }

    public bool Equals(Quantity other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    public override int GetHashCode()
    {
        var (value, exponent) = StripTrailingZeros(unscaled, scale);
        return HashCode.Combine(value, exponent);
    }

    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);

    public static Quantity operator -(Quantity left, Quantity right) => left.Subtract(right);

    private long ScaledValue(int targetScale)
    {
        BigInteger result;
        if (scale >= targetScale)
        {
            result = unscaled * BigInteger.Pow(10, scale - targetScale);
        }
        else
        {
            var divisor = BigInteger.Pow(10, targetScale - scale);
            result = BigInteger.DivRem(unscaled, divisor, out var remainder);
            if (!remainder.IsZero)
            {
                result += unscaled.Sign;
            }
        }

        if (result > long.MaxValue)
        {
            return long.MaxValue;
        }

        return result < long.MinValue ? long.MinValue : (long)result;
    }

    private static (BigInteger Left, BigInteger Right, int Scale) Align(Quantity a, Quantity b)
    {
        if (a.scale == b.scale)
        {
            return (a.unscaled, b.unscaled, a.scale);
        }

        return a.scale > b.scale
            ? (a.unscaled * BigInteger.Pow(10, a.scale - b.scale), b.unscaled, b.scale)
            : (a.unscaled, b.unscaled * BigInteger.Pow(10, b.scale - a.scale), a.scale);
    }

    private static (BigInteger Value, int Scale) StripTrailingZeros(BigInteger value, int exponent)
    {
        if (value.IsZero)
        {
            return (value, 0);
        }

        while (true)
        {
            var quotient = BigInteger.DivRem(value, 10, out var remainder);
            if (!remainder.IsZero)
            {
                return (value, exponent);
            }

            value = quotient;
            exponent++;
        }
    }

    private static string Digits(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);
}
