using System.Globalization;
using System.Text;
using ActorOrchestrator.Api.Quantities;

namespace ActorOrchestrator.Api.Validation;

/// <summary>Prints a bad value the way Kubernetes' field errors do (Go's %q for strings, %#v for maps and lists).</summary>
internal static class GoValueFormat
{
    public static string Format(object? value) => value switch
    {
        null => "\"null\"",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        Quantity quantity => Quote(quantity.ToString()),
        IntOrString intOrString => intOrString.IsString ? Quote(intOrString.StringValue!) : intOrString.ToString(),
        IReadOnlyDictionary<string, string> map => FormatMap(map),
        IEnumerable<string> list => "[]string{" + string.Join(", ", list.Select(Quote)) + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (Rune.IsControl(rune))
                    {
                        builder.Append(rune.Value < 0x80 ? $"\\x{rune.Value:x2}" : $"\\u{rune.Value:x4}");
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string FormatMap(IReadOnlyDictionary<string, string> map) =>
        "map[string]string{" +
        string.Join(", ", map.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => Quote(pair.Key) + ":" + Quote(pair.Value))) +
        "}";
}
