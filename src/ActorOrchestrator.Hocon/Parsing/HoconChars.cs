using System.Globalization;

namespace ActorOrchestrator.Hocon.Parsing;

/// <summary>Character classes of the HOCON specification.</summary>
internal static class HoconChars
{
    private const string Forbidden = "$\"{}[]:=,+#`^?!@*&\\";

    public static bool IsWhitespace(char c) => c == '\n' || IsInlineWhitespace(c);

    /// <summary>Whitespace other than the newline, which separates fields and array elements.</summary>
    public static bool IsInlineWhitespace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' or '\r' or '\uFEFF' or (>= '\u001C' and <= '\u001F')
        || (c > '\u007F' && char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);

    /// <summary>Characters that end an unquoted string.</summary>
    public static bool IsForbiddenInUnquoted(char c) => Forbidden.Contains(c) || IsWhitespace(c);
}
