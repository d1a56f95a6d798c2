namespace ActorOrchestrator.Hocon.Parsing;

/// <summary>A cursor over the text of one source that knows its line and column.</summary>
/// <remarks>A reader without positions (for one-line values from the environment or the command line) reports origins by name only.</remarks>
internal sealed class SourceReader(string text, string sourceName, bool reportsPositions = true)
{
    private int _position;
    private int _line = 1;
    private int _column = 1;

    public string SourceName { get; } = sourceName;

    public bool AtEnd => _position >= text.Length;

    public ConfigOrigin Origin => reportsPositions ? new(SourceName, _line, _column) : ConfigOrigin.Named(SourceName);

    /// <summary>The character at the cursor (or further), '\0' past the end.</summary>
    public char Peek(int offset = 0) => _position + offset < text.Length ? text[_position + offset] : '\0';

    public bool StartsWith(string value) =>
        _position + value.Length <= text.Length && string.CompareOrdinal(text, _position, value, 0, value.Length) == 0;

    public char Read()
    {
        var c = text[_position++];
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }

        return c;
    }

    public void Skip(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Read();
        }
    }
}
