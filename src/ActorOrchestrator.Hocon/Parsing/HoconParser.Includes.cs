using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Parsing;

internal sealed partial class HoconParser
{
    /// <summary>An unquoted <c>include</c> at the start of a key, followed by whitespace or a quote.</summary>
    private bool AtIncludeKeyword() =>
        _reader.StartsWith("include")
        && (_reader.Peek(7) == '"' || HoconChars.IsWhitespace(_reader.Peek(7)));

    /// <summary>
    /// <c>include "f"</c>, <c>include file("f")</c>, <c>include required("f")</c> or
    /// <c>include required(file("f"))</c>: the included object's fields are merged here.
    /// </summary>
    private void ParseInclude(ObjectBuilder builder, HoconPath objectPath)
    {
        var origin = _reader.Origin;
        _reader.Skip("include".Length);
        SkipWhitespaceAndComments();
        var required = false;
        if (_reader.StartsWith("required("))
        {
            _reader.Skip("required(".Length);
            SkipWhitespace(includeNewlines: true);
            required = true;
        }

        var name = ReadIncludeTarget(origin);
        if (required)
        {
            ExpectClosingParenthesis("required(");
        }

        var included = _includes.Load(name, required, _directory, objectPath, origin);
        if (included is not null)
        {
            builder.MergeObject(included);
        }
    }

    private string ReadIncludeTarget(ConfigOrigin includeOrigin)
    {
        if (_reader.StartsWith("file("))
        {
            _reader.Skip("file(".Length);
            SkipWhitespace(includeNewlines: true);
            var fileName = ReadIncludeName(includeOrigin);
            ExpectClosingParenthesis("file(");
            return fileName;
        }

        if (_reader.StartsWith("url(") || _reader.StartsWith("classpath("))
        {
            throw Error(_reader.Origin, "only files can be included here: use include \"name\" or include file(\"name\")");
        }

        return ReadIncludeName(includeOrigin);
    }

    private string ReadIncludeName(ConfigOrigin includeOrigin)
    {
        if (_reader.Peek() != '"' || _reader.StartsWith("\"\"\""))
        {
            throw Error(_reader.Origin, $"include (at {includeOrigin}) must be followed by a quoted file name, file(\"...\") or required(...)");
        }

        return ReadQuotedString(_reader);
    }

    private void ExpectClosingParenthesis(string opened)
    {
        SkipWhitespace(includeNewlines: true);
        if (_reader.Peek() != ')')
        {
            throw Error(_reader.Origin, $"expected ')' to close '{opened}'");
        }

        _reader.Read();
    }
}
