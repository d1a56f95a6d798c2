using System.Text.RegularExpressions;
using ActorOrchestrator.Hocon.Resolution;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Parsing;

internal sealed partial class HoconParser
{
    /// <summary>
    /// Parses a field value or array element: one or more values side by side on one line, concatenated.
    /// Returns null when no value starts here.
    /// </summary>
    private HoconNode? ParseValue(HoconPath fieldPath)
    {
        var origin = _reader.Origin;
        var parts = new List<ConcatenationPart>();
        var separator = "";
        while (!_reader.AtEnd)
        {
            var c = _reader.Peek();
            if (HoconChars.IsInlineWhitespace(c))
            {
                var whitespace = ReadWhile(_reader, HoconChars.IsInlineWhitespace);
                separator = parts.Count > 0 ? whitespace : "";
                continue;
            }

            if (c is '\n' or ',' or '}' or ']' or '#' || _reader.StartsWith("//"))
            {
                break;
            }

            parts.Add(new ConcatenationPart(separator, ParseValuePart(fieldPath)));
            separator = "";
        }

        if (parts.Count <= 1)
        {
            return parts.Count == 0 ? null : parts[0].Value;
        }

        if (parts.Any(part => part.Value.IsUnresolved))
        {
            return new HoconConcatenation(parts, origin);
        }

        return Concatenator.Combine(parts.Select(part => (part.Separator, (HoconNode?)part.Value)).ToList(), Error)!;
    }

    private HoconNode ParseValuePart(HoconPath fieldPath)
    {
        var origin = _reader.Origin;
        var c = _reader.Peek();
        if (_reader.StartsWith("\"\"\""))
        {
            return HoconScalar.String(ReadTripleQuotedString(), origin);
        }

        switch (c)
        {
            case '"':
                return HoconScalar.String(ReadQuotedString(_reader), origin);
            case '{':
                EnterNesting(origin);
                _reader.Read();
                var obj = ParseObjectBody(fieldPath, origin, origin);
                _nesting--;
                return obj;
            case '[':
                EnterNesting(origin);
                var array = ParseArray(fieldPath);
                _nesting--;
                return array;
        }

        if (_reader.StartsWith("${"))
        {
            return ParseSubstitution();
        }

        if (HoconChars.IsForbiddenInUnquoted(c))
        {
            var hint = c switch
            {
                '$' => "a substitution is written ${path}",
                '=' => "a value ends at a new line or ','; quote the string if it should hold this character",
                _ => "quote the string if it should hold this character",
            };
            throw Error(origin, $"unexpected {Describe(c)} in a value ({hint})");
        }

        return ParseUnquoted(origin);
    }

    private void EnterNesting(ConfigOrigin origin)
    {
        if (++_nesting > MaxNesting)
        {
            throw Error(origin, $"objects and lists nest more than {MaxNesting} levels deep here");
        }
    }

    private HoconArray ParseArray(HoconPath fieldPath)
    {
        var open = _reader.Origin;
        _reader.Read();
        var items = new List<HoconNode>();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (_reader.AtEnd)
            {
                throw Error(_reader.Origin, $"expected ']' to close the list opened at {open}, but the file ended");
            }

            if (_reader.Peek() == ']')
            {
                _reader.Read();
                return new HoconArray(items, open);
            }

            if (_reader.Peek() == ',')
            {
                throw Error(_reader.Origin, "unexpected ',': expected a list element (a comma may only follow an element, once)");
            }

            var element = ParseValue(fieldPath)
                ?? throw Error(_reader.Origin, $"expected a list element or ']', but found {Describe(_reader.Peek())}");
            items.Add(element);
            SkipWhitespace(includeNewlines: false);
            if (_reader.Peek() == ',')
            {
                _reader.Read();
            }
            else if (!_reader.AtEnd && _reader.Peek() is not ('\n' or ']'))
            {
                throw Error(_reader.Origin, $"expected ',', a new line or ']' after a list element, but found {Describe(_reader.Peek())}");
            }
        }
    }

    private HoconSubstitution ParseSubstitution()
    {
        var origin = _reader.Origin;
        _reader.Skip(2);
        var optional = false;
        if (_reader.Peek() == '?')
        {
            _reader.Read();
            optional = true;
        }

        var path = ReadPathExpression(_reader);
        if (_reader.Peek() != '}')
        {
            var found = _reader.AtEnd ? "the end of the file" : Describe(_reader.Peek());
            throw Error(_reader.Origin, $"expected '}}' to close the substitution opened at {origin}, but found {found}");
        }

        _reader.Read();
        return _prefix.IsRoot
            ? new HoconSubstitution(path, null, optional, origin)
            : new HoconSubstitution(_prefix.Append(path), path, optional, origin);
    }

    /// <summary>
    /// Unquoted text: a number, boolean or null when the whole run is exactly one, otherwise a string.
    /// A leading number may use characters ('+' in an exponent) that unquoted text may not.
    /// </summary>
    private HoconScalar ParseUnquoted(ConfigOrigin origin)
    {
        var number = "";
        if (char.IsAsciiDigit(_reader.Peek()) || _reader.Peek() == '-')
        {
            number = ReadJsonNumber();
        }

        var rest = ReadWhile(_reader, (r, ch) => !HoconChars.IsForbiddenInUnquoted(ch) && !(ch == '/' && r.Peek(1) == '/'));
        if (rest.Length == 0 && number.Length > 0)
        {
            return new HoconScalar(ScalarKind.Number, number, origin);
        }

        var text = number + rest;
        return text switch
        {
            "true" or "false" => new HoconScalar(ScalarKind.Boolean, text, origin),
            "null" => new HoconScalar(ScalarKind.Null, text, origin),
            _ => HoconScalar.String(text, origin),
        };
    }

    private string ReadJsonNumber()
    {
        var candidate = new System.Text.StringBuilder();
        for (var i = 0; ; i++)
        {
            var c = _reader.Peek(i);
            if (c == '\0' || !(char.IsAsciiDigit(c) || c is '-' or '+' or '.' or 'e' or 'E'))
            {
                break;
            }

            candidate.Append(c);
        }

        var match = JsonNumber().Match(candidate.ToString());
        _reader.Skip(match.Length);
        return match.Value;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")]
    private static partial Regex JsonNumber();
}
