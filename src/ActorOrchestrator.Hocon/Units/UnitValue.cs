using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorOrchestrator.Hocon.Units;

/// <summary>The "units format" of HOCON: optional whitespace, a number, optional whitespace, an optional unit of letters.</summary>
internal static partial class UnitValue
{
    public static bool TrySplit(string text, out decimal number, out string unit)
    {
        number = 0;
        unit = "";
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        unit = match.Groups["unit"].Value;
        return decimal.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?)\s*(?<unit>\p{L}*)\s*$")]
    private static partial Regex Pattern();
}
