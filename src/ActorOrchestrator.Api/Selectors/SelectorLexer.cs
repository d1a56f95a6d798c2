namespace ActorOrchestrator.Api.Selectors;

/// <summary>Splits a label selector into tokens: identifiers and the special characters <c>! = == != ( ) , &gt; &lt;</c>.</summary>
internal sealed class SelectorLexer(string text)
{
    private const string Special = "!=(),<>";
    private int position;

    public IReadOnlyList<SelectorToken> Tokenize()
    {
        var tokens = new List<SelectorToken>();
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == SelectorTokenKind.End)
            {
                return tokens;
            }
        }
    }

    private SelectorToken Next()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return new SelectorToken(SelectorTokenKind.End, "");
        }

        var current = text[position];
        var next = position + 1 < text.Length ? text[position + 1] : '\0';
        switch (current)
        {
            case '=' when next == '=':
                position += 2;
                return new SelectorToken(SelectorTokenKind.DoubleEquals, "==");
            case '!' when next == '=':
                position += 2;
                return new SelectorToken(SelectorTokenKind.NotEquals, "!=");
            case '=':
                return Single(SelectorTokenKind.Equals);
            case '!':
                return Single(SelectorTokenKind.DoesNotExist);
            case '(':
                return Single(SelectorTokenKind.OpenParenthesis);
            case ')':
                return Single(SelectorTokenKind.CloseParenthesis);
            case ',':
                return Single(SelectorTokenKind.Comma);
            case '>':
                return Single(SelectorTokenKind.GreaterThan);
            case '<':
                return Single(SelectorTokenKind.LessThan);
        }

        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && !Special.Contains(text[position]))
        {
            position++;
        }

        return new SelectorToken(SelectorTokenKind.Identifier, text[start..position]);
    }

    private SelectorToken Single(SelectorTokenKind kind)
    {
        var token = new SelectorToken(kind, text[position].ToString());
        position++;
        return token;
    }
}
