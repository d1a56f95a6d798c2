using System.Globalization;
using System.Text;

namespace ActorOrchestrator.Hocon.Parsing;

internal sealed partial class HoconParser
{
    /// <summary>Reads a JSON quoted string with its escapes; the cursor is on the opening quote.</summary>
    internal static string ReadQuotedString(SourceReader reader)
    {
        var open = reader.Origin;
        reader.Read();
        var text = new StringBuilder();
        while (true)
        {
            if (reader.AtEnd)
            {
                throw new ConfigParseException(open, "this quoted string is never closed");
            }

            var c = reader.Read();
            if (c == '"')
            {
                return text.ToString();
            }

            if (c == '\n')
            {
                throw new ConfigParseException(open, "a quoted string may not span lines; write \\n or use a \"\"\"triple-quoted\"\"\" string");
            }

            if (char.IsControl(c) && c != '\t')
            {
                throw new ConfigParseException(open, $"a quoted string may not hold the control character U+{(int)c:X4}; escape it");
            }

            text.Append(c == '\\' ? ReadEscape(reader) : c);
        }
    }

    private static char ReadEscape(SourceReader reader)
    {
        var origin = reader.Origin;
        if (reader.AtEnd)
        {
            throw new ConfigParseException(origin, "a '\\' at the end of the input");
        }

        var c = reader.Read();
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                var hex = new StringBuilder();
                for (var i = 0; i < 4 && !reader.AtEnd && char.IsAsciiHexDigit(reader.Peek()); i++)
                {
                    hex.Append(reader.Read());
                }

                return hex.Length == 4
                    ? (char)int.Parse(hex.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                    : throw new ConfigParseException(origin, "\\u must be followed by four hexadecimal digits");
            default:
                throw new ConfigParseException(origin, $"'\\{c}' is not a valid escape (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)");
        }
    }

    /// <summary>Reads a """triple-quoted""" string: raw text up to the first run of three or more quotes.</summary>
    private string ReadTripleQuotedString()
    {
        var open = _reader.Origin;
        _reader.Skip(3);
        var text = new StringBuilder();
        while (true)
        {
            if (_reader.AtEnd)
            {
                throw Error(open, "this triple-quoted string is never closed with \"\"\"");
            }

            if (_reader.StartsWith("\"\"\""))
            {
                var quotes = 0;
                while (_reader.Peek() == '"')
                {
                    _reader.Read();
                    quotes++;
                }

                // Like Scala: quotes beyond the closing three belong to the string.
                return text.Append('"', quotes - 3).ToString();
            }

            text.Append(_reader.Read());
        }
    }

    /// <summary>Skips whitespace and the newlines, comments included.</summary>
    private void SkipWhitespaceAndComments()
    {
        while (!_reader.AtEnd)
        {
            if (HoconChars.IsWhitespace(_reader.Peek()))
            {
                _reader.Read();
            }
            else if (!SkipComment())
            {
                return;
            }
        }
    }

    /// <summary>Skips whitespace and a trailing comment, stopping before a newline unless asked to pass it.</summary>
    private void SkipWhitespace(bool includeNewlines)
    {
        if (includeNewlines)
        {
            SkipWhitespaceAndComments();
            return;
        }

        while (!_reader.AtEnd)
        {
            if (HoconChars.IsInlineWhitespace(_reader.Peek()))
            {
                _reader.Read();
            }
            else if (!SkipComment())
            {
                return;
            }
        }
    }

    private bool SkipComment()
    {
        if (_reader.Peek() != '#' && !_reader.StartsWith("//"))
        {
            return false;
        }

        while (!_reader.AtEnd && _reader.Peek() != '\n')
        {
            _reader.Read();
        }

        return true;
    }
}
