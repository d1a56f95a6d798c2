using System.Globalization;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.Api.Quantities;

/// <summary>Kubernetes' <c>IntOrString</c>: a port number or name, or a count or percentage.</summary>
[JsonConverter(typeof(IntOrStringJsonConverter))]
public readonly record struct IntOrString
{
    private IntOrString(int intValue, string? stringValue)
    {
        IntValue = intValue;
        StringValue = stringValue;
    }

    public bool IsString => StringValue is not null;

    public int IntValue { get; }

    public string? StringValue { get; }

    public static IntOrString FromInt(int value) => new(value, null);

    public static IntOrString FromString(string value) => new(0, value);

    public static implicit operator IntOrString(int value) => FromInt(value);

    public static implicit operator IntOrString(string value) => FromString(value);

    /// <summary>True when the value is a percentage such as <c>25%</c>.</summary>
    public bool IsPercent => StringValue is { Length: > 1 } text && text[^1] == '%' &&
                             int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// The value as a count out of <paramref name="total"/>: an integer as is, a percentage scaled and rounded
    /// up or down, as Kubernetes' <c>GetScaledValueFromIntOrPercent</c>.
    /// </summary>
    public int GetScaledValue(int total, bool roundUp)
    {
        if (!IsString)
        {
            return IntValue;
        }

        if (!IsPercent)
        {
            throw new FormatException($"invalid value for IntOrString: invalid type: string is not a percentage: \"{StringValue}\"");
        }

        var percent = int.Parse(StringValue.AsSpan(0, StringValue!.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture);
        var scaled = (long)percent * total;
        return (int)(roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    public override string ToString() => StringValue ?? IntValue.ToString(CultureInfo.InvariantCulture);
}
