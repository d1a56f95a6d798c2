using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Parsing;

/// <summary>
/// Reads one HOCON source into an unresolved object tree: a recursive descent over characters, because
/// whether text is a key, a path or a value depends on where it stands.
/// </summary>
internal sealed partial class HoconParser
{
    /// <summary>Deeper nesting is refused with an error rather than risking the stack.</summary>
    private const int MaxNesting = 128;

    private readonly SourceReader _reader;
    private readonly string _directory;
    private readonly HoconPath _prefix;
    private readonly IncludeLoader _includes;
    private int _nesting;

    private HoconParser(SourceReader reader, string directory, HoconPath prefix, IncludeLoader includes)
    {
        _reader = reader;
        _directory = directory;
        _prefix = prefix;
        _includes = includes;
    }

    /// <summary>Parses a whole document; includes are looked up relative to <paramref name="directory"/>.</summary>
    public static HoconObject ParseDocument(string text, string sourceName, string directory, HoconPath prefix, IncludeLoader includes) =>
        new HoconParser(new SourceReader(text, sourceName), directory, prefix, includes).ParseRoot();

    /// <summary>
    /// Parses text that should be exactly one HOCON value (an environment variable, a --set value).
    /// Returns null when the text is not one complete value, so the caller can take it literally.
    /// </summary>
    public static HoconNode? TryParseValue(string text, string sourceName, HoconPath fieldPath)
    {
        var parser = new HoconParser(new SourceReader(text, sourceName, reportsPositions: false), Directory.GetCurrentDirectory(), HoconPath.Root, new IncludeLoader());
        try
        {
            parser.SkipPlainWhitespace();
            var value = parser.ParseValue(fieldPath);
            parser.SkipPlainWhitespace();
            return parser._reader.AtEnd ? value : null;
        }
        catch (ConfigParseException)
        {
            return null;
        }
    }

    private HoconObject ParseRoot()
    {
        SkipWhitespaceAndComments();
        var origin = _reader.Origin;
        if (_reader.Peek() == '[')
        {
            throw Error(origin, "a configuration document must be an object, but this one is an array");
        }

        if (_reader.Peek() != '{')
        {
            return ParseObjectBody(_prefix, openBrace: null, origin);
        }

        _reader.Read();
        var root = ParseObjectBody(_prefix, origin, origin);
        SkipWhitespaceAndComments();
        if (!_reader.AtEnd)
        {
            throw Error(_reader.Origin, $"unexpected {Describe(_reader.Peek())} after the '}}' that closes the document");
        }

        return root;
    }

    /// <summary>Parses fields until the closing brace (or the end of the source for a brace-less root).</summary>
    private HoconObject ParseObjectBody(HoconPath objectPath, ConfigOrigin? openBrace, ConfigOrigin origin)
    {
        var builder = new ObjectBuilder();
        while (true)
        {
            SkipWhitespaceAndComments();
            if (_reader.AtEnd)
            {
                if (openBrace is not null)
                {
                    throw Error(_reader.Origin, $"expected '}}' to close the object opened at {openBrace}, but the file ended");
                }

                break;
            }

            var c = _reader.Peek();
            if (c == '}')
            {
                if (openBrace is null)
                {
                    throw Error(_reader.Origin, "unexpected '}': there is no '{' open here");
                }

                _reader.Read();
                break;
            }

            if (c == ',')
            {
                throw Error(_reader.Origin, "unexpected ',': expected a key (a comma may only follow a field, once)");
            }

            var key = ParseFieldOrInclude(builder, objectPath);
            SkipWhitespace(includeNewlines: false);
            if (_reader.AtEnd || _reader.Peek() is '\n' or '}')
            {
                continue;
            }

            if (_reader.Peek() == ',')
            {
                _reader.Read();
                continue;
            }

            throw Error(_reader.Origin, $"expected ',' or a new line after the value of '{key}', but found {Describe(_reader.Peek())}");
        }

        return builder.Build(origin);
    }

    /// <summary>Parses one field (or include statement) into the builder; returns its key for messages.</summary>
    private string ParseFieldOrInclude(ObjectBuilder builder, HoconPath objectPath)
    {
        if (AtIncludeKeyword())
        {
            ParseInclude(builder, objectPath);
            return "include";
        }

        var keyOrigin = _reader.Origin;
        var key = ParseKey();
        SkipWhitespace(includeNewlines: false);
        var append = false;
        if (_reader.StartsWith("+="))
        {
            _reader.Skip(2);
            append = true;
        }
        else if (_reader.Peek() is ':' or '=')
        {
            _reader.Read();
        }
        else if (_reader.Peek() != '{')
        {
            var found = _reader.AtEnd ? "the end of the file" : Describe(_reader.Peek());
            throw Error(_reader.Origin, $"expected ':', '=' or '{{' after the key '{key}', but found {found}");
        }

        SkipWhitespaceAndComments();
        var fieldPath = objectPath.Append(key);
        var valueOrigin = _reader.Origin;
        var value = ParseValue(fieldPath)
            ?? throw Error(valueOrigin, $"expected a value for the key '{key}', but found {(_reader.AtEnd ? "the end of the file" : Describe(_reader.Peek()))}");
        if (append)
        {
            value = AppendToSelf(fieldPath, value, valueOrigin);
        }

        builder.SetPath(key, value, keyOrigin);
        return key.ToString();
    }

    /// <summary><c>a += v</c> means <c>a = ${?a} [v]</c>.</summary>
    private static HoconConcatenation AppendToSelf(HoconPath fieldPath, HoconNode value, ConfigOrigin origin) =>
        new(
            [
                new ConcatenationPart("", new HoconSubstitution(fieldPath, null, optional: true, origin)),
                new ConcatenationPart(" ", new HoconArray([value], origin)),
            ],
            origin);

    private HoconPath ParseKey()
    {
        var origin = _reader.Origin;
        if (_reader.StartsWith("\"\"\""))
        {
            throw Error(origin, "a triple-quoted string cannot be a key");
        }

        return ReadPathExpression(_reader);
    }

    /// <summary>
    /// Reads a path expression (a key or the inside of a substitution): unquoted text split at dots,
    /// quoted text kept whole, inner whitespace kept. Stops at a character unquoted text may not hold.
    /// </summary>
    internal static HoconPath ReadPathExpression(SourceReader reader)
    {
        var origin = reader.Origin;
        var builder = new PathBuilder();
        var pendingWhitespace = "";
        while (!reader.AtEnd)
        {
            var c = reader.Peek();
            if (HoconChars.IsInlineWhitespace(c))
            {
                var whitespace = ReadWhile(reader, HoconChars.IsInlineWhitespace);
                pendingWhitespace = builder.IsEmpty ? "" : whitespace;
                continue;
            }

            if (c == '"' && !reader.StartsWith("\"\"\""))
            {
                builder.AppendQuoted(pendingWhitespace + ReadQuotedString(reader));
                pendingWhitespace = "";
                continue;
            }

            if (HoconChars.IsForbiddenInUnquoted(c) || reader.StartsWith("//"))
            {
                break;
            }

            var textOrigin = reader.Origin;
            var text = ReadWhile(reader, (r, ch) => !HoconChars.IsForbiddenInUnquoted(ch) && !(ch == '/' && r.Peek(1) == '/'));
            if (pendingWhitespace.Length > 0)
            {
                builder.AppendQuoted(pendingWhitespace);
                pendingWhitespace = "";
            }

            var error = builder.AppendUnquoted(text);
            if (error is not null)
            {
                throw new ConfigParseException(textOrigin, error);
            }
        }

        var path = builder.Build(out var buildError);
        if (path is not null)
        {
            return path;
        }

        var what = reader.AtEnd ? "the end of the input" : Describe(reader.Peek());
        throw new ConfigParseException(builder.IsEmpty ? reader.Origin : origin, builder.IsEmpty ? $"{buildError}, but found {what}" : buildError!);
    }

    /// <summary>Skips whitespace but not comments: in a single value, "//" is text the user meant.</summary>
    private void SkipPlainWhitespace()
    {
        while (!_reader.AtEnd && HoconChars.IsWhitespace(_reader.Peek()))
        {
            _reader.Read();
        }
    }

    private static string ReadWhile(SourceReader reader, Func<char, bool> predicate) =>
        ReadWhile(reader, (_, c) => predicate(c));

    private static string ReadWhile(SourceReader reader, Func<SourceReader, char, bool> predicate)
    {
        var text = new System.Text.StringBuilder();
        while (!reader.AtEnd && predicate(reader, reader.Peek()))
        {
            text.Append(reader.Read());
        }

        return text.ToString();
    }

    private static string Describe(char c) => c switch
    {
        '\n' => "a new line",
        '\0' => "the end of the input",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"the character U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    private static ConfigParseException Error(ConfigOrigin origin, string reason) => new(origin, reason);
}
