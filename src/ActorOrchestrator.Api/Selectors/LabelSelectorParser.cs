using System.Globalization;
using ActorOrchestrator.Api.Validation;

namespace ActorOrchestrator.Api.Selectors;

/// <summary>
/// Parses Kubernetes' label selector syntax:
/// <c>[!]key [ (=|==|!=) value | (in|notin) (v1,v2) | (&gt;|&lt;) integer ]</c>, requirements separated by commas.
/// </summary>
internal static class LabelSelectorParser
{
    public static IReadOnlyList<LabelRequirement> Parse(string text)
    {
        var tokens = new SelectorLexer(text).Tokenize();
        var position = 0;
        var requirements = new List<LabelRequirement>();
        while (true)
        {
            requirements.Add(ParseRequirement(tokens, ref position));
            var next = tokens[position];
            if (next.Kind == SelectorTokenKind.End)
            {
                return requirements;
            }

            if (next.Kind != SelectorTokenKind.Comma)
            {
                throw Unexpected(next, "','");
            }

            position++;
        }
    }

    /// <summary>Builds a requirement and checks its key, operator arity and values as Kubernetes' NewRequirement does.</summary>
    public static LabelRequirement Requirement(string key, SelectorOperator op, IReadOnlyList<string> values)
    {
        var keyProblems = NameRules.QualifiedName(key);
        if (keyProblems.Count > 0)
        {
            throw new SelectorParseException($"unable to parse requirement: key: Invalid value: {GoValueFormat.Quote(key)}: {string.Join("; ", keyProblems)}");
        }

        switch (op)
        {
            case SelectorOperator.In or SelectorOperator.NotIn when values.Count == 0:
                throw new SelectorParseException("unable to parse requirement: values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty");
            case SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.NotEquals when values.Count != 1:
                throw new SelectorParseException("unable to parse requirement: values: Invalid value: exact-match compatibility requires one single value");
            case SelectorOperator.Exists or SelectorOperator.DoesNotExist when values.Count != 0:
                throw new SelectorParseException("unable to parse requirement: values: Invalid value: values set must be empty for exists and does not exist");
            case SelectorOperator.GreaterThan or SelectorOperator.LessThan
                when values.Count != 1 || !long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                throw new SelectorParseException("unable to parse requirement: values: Invalid value: for 'Gt', 'Lt' operators, exactly one integer value is required");
        }

        foreach (var value in values)
        {
            var problems = NameRules.LabelValue(value);
            if (problems.Count > 0)
            {
                throw new SelectorParseException($"unable to parse requirement: values: Invalid value: {GoValueFormat.Quote(value)}: {string.Join("; ", problems)}");
            }
        }

        return new LabelRequirement(key, op, values);
    }

    private static LabelRequirement ParseRequirement(IReadOnlyList<SelectorToken> tokens, ref int position)
    {
        var first = tokens[position];
        if (first.Kind == SelectorTokenKind.DoesNotExist)
        {
            position++;
            var key = Expect(tokens, ref position, SelectorTokenKind.Identifier, "identifier");
            return Requirement(key.Text, SelectorOperator.DoesNotExist, []);
        }

        var name = Expect(tokens, ref position, SelectorTokenKind.Identifier, "identifier");
        var operatorToken = tokens[position];
        if (operatorToken.Kind is SelectorTokenKind.Comma or SelectorTokenKind.End)
        {
            return Requirement(name.Text, SelectorOperator.Exists, []);
        }

        position++;
        var op = operatorToken switch
        {
            { Kind: SelectorTokenKind.Equals } => SelectorOperator.Equals,
            { Kind: SelectorTokenKind.DoubleEquals } => SelectorOperator.DoubleEquals,
            { Kind: SelectorTokenKind.NotEquals } => SelectorOperator.NotEquals,
            { Kind: SelectorTokenKind.GreaterThan } => SelectorOperator.GreaterThan,
            { Kind: SelectorTokenKind.LessThan } => SelectorOperator.LessThan,
            { Kind: SelectorTokenKind.Identifier, Text: "in" } => SelectorOperator.In,
            { Kind: SelectorTokenKind.Identifier, Text: "notin" } => SelectorOperator.NotIn,
            _ => throw Unexpected(operatorToken, "'=', '!=', '==', 'in', notin'"),
        };

        if (op is SelectorOperator.In or SelectorOperator.NotIn)
        {
            return Requirement(name.Text, op, ParseValueSet(tokens, ref position));
        }

        var valueToken = tokens[position];
        if (valueToken.Kind is SelectorTokenKind.Comma or SelectorTokenKind.End)
        {
            return Requirement(name.Text, op, [""]);
        }

        var value = Expect(tokens, ref position, SelectorTokenKind.Identifier, "identifier");
        return Requirement(name.Text, op, [value.Text]);
    }

    private static List<string> ParseValueSet(IReadOnlyList<SelectorToken> tokens, ref int position)
    {
        Expect(tokens, ref position, SelectorTokenKind.OpenParenthesis, "'('");
        var values = new List<string>();
        if (tokens[position].Kind == SelectorTokenKind.CloseParenthesis)
        {
            position++;
            return values;
        }

        while (true)
        {
            var token = tokens[position];
            if (token.Kind == SelectorTokenKind.Identifier)
            {
                values.Add(token.Text);
                position++;
                token = tokens[position];
            }
            else if (token.Kind is SelectorTokenKind.Comma or SelectorTokenKind.CloseParenthesis)
            {
                values.Add("");
            }
            else
            {
                throw Unexpected(token, "',', ')' or identifier");
            }

            position++;
            if (token.Kind == SelectorTokenKind.CloseParenthesis)
            {
                return values;
            }

            if (token.Kind != SelectorTokenKind.Comma)
            {
                throw Unexpected(token, "',' or ')'");
            }
        }
    }

    private static SelectorToken Expect(IReadOnlyList<SelectorToken> tokens, ref int position, SelectorTokenKind kind, string expected)
    {
        var token = tokens[position];
        if (token.Kind != kind)
        {
            throw Unexpected(token, expected);
        }

        position++;
        return token;
    }

    private static SelectorParseException Unexpected(SelectorToken token, string expected) =>
        new(token.Kind == SelectorTokenKind.End
            ? $"unable to parse requirement: found end of input, expected: {expected}"
            : $"unable to parse requirement: found '{token.Text}', expected: {expected}");
}
