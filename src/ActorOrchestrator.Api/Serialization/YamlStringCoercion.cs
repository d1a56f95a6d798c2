using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// What sigs.k8s.io/yaml does with a YAML boolean or number bound for a string field (or used as a map key):
/// <c>true</c>/<c>false</c>, integers in decimal, floats as Go's <c>FormatFloat(f, 'g', -1, 32)</c>.
/// So <c>value: yes</c> reads as "true" and <c>version: 1.10</c> as "1.1", exactly as on a Kubernetes server.
/// </summary>
internal static class YamlStringCoercion
{
    public static string? ToStringForm(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Number:
                if (value.TryGetValue<long>(out var integer))
                {
                    return integer.ToString(CultureInfo.InvariantCulture);
                }

                if (value.TryGetValue<ulong>(out var unsigned))
                {
                    return unsigned.ToString(CultureInfo.InvariantCulture);
                }

                return value.TryGetValue<double>(out var number) ? FormatGoFloat32(number) : value.ToJsonString();
            default:
                return null;
        }
    }

    // Go's 'g' with the shortest precision: exponent form when the exponent is below -4 or at least 6.
    private static string FormatGoFloat32(double value)
    {
        var single = (float)value;
        if (float.IsNaN(single))
        {
            return "NaN";
        }

        if (float.IsInfinity(single))
        {
            return single > 0 ? "+Inf" : "-Inf";
        }

        if (single == 0)
        {
            return float.IsNegative(single) ? "-0" : "0";
        }

        var shortest = Math.Abs(single).ToString("E8", CultureInfo.InvariantCulture);
        var roundTrip = Math.Abs(single).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(roundTrip, shortest);
        var sign = single < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 6)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            var exponentSign = exponent < 0 ? "-" : "+";
            return $"{sign}{mantissa}e{exponentSign}{Math.Abs(exponent):00}";
        }

        var text = new StringBuilder(sign);
        if (exponent < 0)
        {
            text.Append("0.").Append('0', -exponent - 1).Append(digits);
        }
        else if (digits.Length <= exponent + 1)
        {
            text.Append(digits).Append('0', exponent + 1 - digits.Length);
        }
        else
        {
            text.Append(digits, 0, exponent + 1).Append('.').Append(digits, exponent + 1, digits.Length - exponent - 1);
        }

        return text.ToString();
    }

    // Shortest significant digits (from the round-trip form) and the decimal exponent of the first digit.
    private static (string Digits, int Exponent) Decompose(string roundTrip, string scientific)
    {
        var exponent = int.Parse(scientific[(scientific.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        var mantissa = roundTrip.Contains('E') ? roundTrip[..roundTrip.IndexOf('E')] : roundTrip;
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal).TrimStart('0').TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, exponent);
    }
}
