using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActorOrchestrator.Api.Serialization;

/// <summary>
/// Resolves an untagged plain YAML scalar the way go-yaml v2 does for Kubernetes' sigs.k8s.io/yaml (YAML 1.1):
/// <c>yes/no/on/off/y/n</c> are booleans, <c>0x1F</c>, <c>0777</c> and <c>1_000</c> are integers, timestamps stay strings.
/// </summary>
internal static partial class YamlScalarResolver
{
    private static readonly HashSet<string> True = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
    private static readonly HashSet<string> False = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
    private static readonly HashSet<string> Null = ["", "~", "null", "Null", "NULL"];

    /// <summary>The JSON value of a plain scalar; a non-null result with <paramref name="isNull"/> false.</summary>
    public static JsonNode? Resolve(string text)
    {
        if (Null.Contains(text))
        {
            return null;
        }

        if (True.Contains(text))
        {
            return JsonValue.Create(true);
        }

        if (False.Contains(text))
        {
            return JsonValue.Create(false);
        }

        if (text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '+' or '-' or '.'))
        {
            var plain = text.Replace("_", "", StringComparison.Ordinal);
            if (TryParseGoInteger(plain, out var integer))
            {
                return integer >= long.MinValue && integer <= long.MaxValue
                    ? JsonValue.Create((long)integer)
                    : JsonValue.Create((ulong)integer);
            }

            if (FloatSyntax().IsMatch(plain) &&
                double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) &&
                double.IsFinite(number))
            {
                return JsonValue.Create(number);
            }
        }

        return JsonValue.Create(text);
    }

    public static bool IsNullText(string text) => Null.Contains(text);

    // strconv.ParseInt(s, 0, 64) then ParseUint: sign, 0x/0o/0b prefixes, a leading 0 means octal.
    private static bool TryParseGoInteger(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var negative = false;
        var body = text;
        if (body.Length > 0 && body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        var radix = 10;
        if (body.Length > 2 && body[0] == '0' && body[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            radix = char.ToLowerInvariant(body[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            body = body[2..];
        }
        else if (body.Length > 1 && body[0] == '0')
        {
            radix = 8;
            body = body[1..];
        }

        if (body.Length == 0)
        {
            return false;
        }

        foreach (var character in body)
        {
            var digit = HexDigit(character);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            value = value * radix + digit;
        }

        if (negative)
        {
            value = -value;
        }

        return value >= long.MinValue && value <= ulong.MaxValue && !(negative && value > 0);
    }

    private static int HexDigit(char character) => character switch
    {
        >= '0' and <= '9' => character - '0',
        >= 'a' and <= 'f' => character - 'a' + 10,
        >= 'A' and <= 'F' => character - 'A' + 10,
        _ => -1,
    };

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatSyntax();
}
