using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class ParseErrorSpec
{
    private static ConfigParseException Fail(string text) =>
        Assert.Throws<ConfigParseException>(() => Config.ParseString(text, "app.conf"));

    [Fact]
    public void A_key_without_separator_names_the_key_and_what_was_found()
    {
        var error = Fail("ao {\n  api {\n    port\n  }\n}");

        Assert.Equal("app.conf:3:9: expected ':', '=' or '{' after the key 'port', but found a new line", error.Message);
    }

    [Fact]
    public void An_unclosed_object_names_where_it_was_opened()
    {
        var error = Fail("a {\n  b = 1\n");

        Assert.Equal("app.conf:3:1: expected '}' to close the object opened at app.conf:1:3, but the file ended", error.Message);
    }

    [Fact]
    public void An_unclosed_list_names_where_it_was_opened()
    {
        var error = Fail("a = [1, 2");

        Assert.Contains("expected ']' to close the list opened at app.conf:1:5", error.Message);
    }

    [Fact]
    public void A_closing_brace_without_an_opening_one_is_unbalanced()
    {
        var error = Fail("a = 1\n}");

        Assert.StartsWith("app.conf:2:1:", error.Message);
    }

    [Fact]
    public void A_missing_value_is_reported_at_the_line_end()
    {
        var error = Fail("a {\n  b =\n}");

        Assert.Equal("app.conf:3:1: expected a value for the key 'b', but found '}'", error.Message);
    }

    [Fact]
    public void An_unterminated_quoted_string_points_at_its_opening_quote()
    {
        var error = Fail("a = 1\nb = \"abc\nc = 2");

        Assert.StartsWith("app.conf:2:5:", error.Message);
        Assert.Contains("may not span lines", error.Message);
    }

    [Fact]
    public void Two_values_without_separator_on_one_line_after_an_object_are_rejected()
    {
        var error = Fail("a { b = 1 } c = 2");

        Assert.StartsWith("app.conf:1:15: unexpected '='", error.Message);
    }

    [Fact]
    public void Absurd_nesting_is_refused_with_a_position_instead_of_exhausting_the_stack()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100_000));

        var error = Fail("a = " + deep);

        Assert.StartsWith("app.conf:1:133: objects and lists nest more than 128 levels deep", error.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_reads_normally()
    {
        var config = Config.ParseString(string.Concat(Enumerable.Repeat("a { ", 100)) + "x = 1" + string.Concat(Enumerable.Repeat(" }", 100)));

        Assert.Equal(1, config.GetInt(string.Join('.', Enumerable.Repeat("a", 100)) + ".x"));
    }

    [Fact]
    public void Invalid_escapes_and_substitutions_are_explained()
    {
        Assert.Contains("not a valid escape", Fail("a = \"\\q\"").Message);
        Assert.Contains("expected '}' to close the substitution", Fail("a = ${b c").Message);
        Assert.Contains("expected a key", Fail("a = ${}").Message);
    }
}
