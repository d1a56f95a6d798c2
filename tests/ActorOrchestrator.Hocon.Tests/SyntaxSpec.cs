using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class SyntaxSpec
{
    [Fact]
    public void Json_documents_read_as_they_would_in_json()
    {
        var config = Config.ParseString("""{ "a": { "b": [1, 2.5, "x", true] }, "c": -3e2, "d": null }""");

        Assert.Equal(["1", "2.5", "x", "true"], config.GetStringList("a.b"));
        Assert.Equal(-300, config.GetDouble("c"));
        Assert.False(config.HasPath("d"));
    }

    [Fact]
    public void Root_braces_may_be_omitted_and_equals_colon_or_nothing_before_a_brace_separate_keys()
    {
        var config = Config.ParseString("""
            a = 1
            b : 2
            c { d = 3 }
            """);

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(2, config.GetInt("b"));
        Assert.Equal(3, config.GetInt("c.d"));
    }

    [Fact]
    public void Newlines_replace_commas_and_one_trailing_comma_is_allowed()
    {
        var config = Config.ParseString("""
            list = [
              1
              2,
              3,
            ]
            a = 1,
            """);

        Assert.Equal(["1", "2", "3"], config.GetStringList("list"));
        Assert.Equal(1, config.GetInt("a"));
    }

    [Theory]
    [InlineData("list = [1,,2]")]
    [InlineData("list = [,1]")]
    [InlineData("list = [1,2,,]")]
    [InlineData("a = 1,, b = 2")]
    public void Doubled_or_leading_commas_are_rejected(string text)
    {
        Assert.Throws<ConfigParseException>(() => Config.ParseString(text));
    }

    [Fact]
    public void Comments_start_with_hash_or_double_slash_outside_quoted_strings()
    {
        var config = Config.ParseString("""
            # a comment
            a = 1 // trailing comment
            b = "not # a comment // either"
            c = x#y
            """);

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("not # a comment // either", config.GetString("b"));
        Assert.Equal("x", config.GetString("c"));
    }

    [Fact]
    public void Dotted_keys_expand_into_nested_objects_and_quoted_segments_keep_their_dots()
    {
        var config = Config.ParseString("""
            a.b.c = 1
            a."b.c" = 2
            "x.y" = 3
            """);

        Assert.Equal(1, config.GetInt("a.b.c"));
        Assert.Equal(2, config.GetInt("a.\"b.c\""));
        Assert.Equal(3, config.GetInt("\"x.y\""));
        Assert.False(config.HasPath("x.y"));
    }

    [Fact]
    public void Keys_are_always_strings_and_whitespace_inside_a_key_is_kept()
    {
        var config = Config.ParseString("""
            true = 1
            a b c = 2
            3.14 = 3
            """);

        Assert.Equal(1, config.GetInt("\"true\""));
        Assert.Equal(2, config.GetInt("\"a b c\""));
        Assert.Equal(3, config.GetInt("3.14"));
        Assert.Equal(["true", "a b c", "3"], config.Keys);
    }

    [Theory]
    [InlineData("a..b = 1")]
    [InlineData(".a = 1")]
    [InlineData("a. = 1")]
    public void Empty_path_elements_must_be_quoted(string text)
    {
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseString(text));
        Assert.Contains("'.'", error.Message);
    }

    [Fact]
    public void Quoted_strings_understand_json_escapes()
    {
        var config = Config.ParseString("""a = "tab\there \"q\" \\ \/ \u00e9 line\nnext" """);

        Assert.Equal("tab\there \"q\" \\ / é line\nnext", config.GetString("a"));
    }

    [Fact]
    public void Triple_quoted_strings_are_raw_and_may_span_lines_and_end_at_the_last_of_extra_quotes()
    {
        var config = Config.ParseString("a = \"\"\"line 1\n  \\n is not an escape\n\"\"\"\nb = \"\"\"foo\"\"\"\"");

        Assert.Equal("line 1\n  \\n is not an escape\n", config.GetString("a"));
        Assert.Equal("foo\"", config.GetString("b"));
    }

    [Fact]
    public void Unquoted_strings_stop_at_forbidden_characters_and_keep_embedded_keywords()
    {
        var config = Config.ParseString("""
            path = /usr/local/bin
            host = 10.0.0.1
            word = footrue
            mixed = truefoo
            version = 10.0bar
            """);

        Assert.Equal("/usr/local/bin", config.GetString("path"));
        Assert.Equal("10.0.0.1", config.GetString("host"));
        Assert.Equal("footrue", config.GetString("word"));
        Assert.Equal("truefoo", config.GetString("mixed"));
        Assert.Equal("10.0bar", config.GetString("version"));
    }

    [Theory]
    [InlineData("a = http://host", "':'")]
    [InlineData("a = b^c", "'^'")]
    [InlineData("a = $x", "'$'")]
    public void Forbidden_characters_in_unquoted_values_are_errors_that_name_the_character(string text, string named)
    {
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseString(text));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_lone_keyword_or_number_keeps_its_type_while_include_is_only_special_as_a_key()
    {
        var config = Config.ParseString("""
            t = true
            n = null
            i = include
            list = [ include ]
            """);

        Assert.True(config.GetBoolean("t"));
        Assert.False(config.HasPath("n"));
        Assert.Equal("include", config.GetString("i"));
        Assert.Equal(["include"], config.GetStringList("list"));
    }

    [Fact]
    public void An_array_root_is_not_a_configuration()
    {
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseString("[1, 2]"));
        Assert.Contains("must be an object", error.Message);
    }

    [Fact]
    public void Windows_line_endings_read_like_unix_ones()
    {
        var config = Config.ParseString("a = 1\r\nb = foo bar\r\nc {\r\n  d = [x,\r\n  y]\r\n}\r\n");

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal("foo bar", config.GetString("b"));
        Assert.Equal(["x", "y"], config.GetStringList("c.d"));
    }

    [Fact]
    public void An_empty_document_is_an_empty_configuration()
    {
        Assert.Empty(Config.ParseString("  # only a comment\n").Keys);
    }
}
