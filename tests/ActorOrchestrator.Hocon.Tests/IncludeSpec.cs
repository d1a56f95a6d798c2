using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class IncludeSpec : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ao-hocon-include-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Included_fields_merge_where_the_include_stands()
    {
        Write("defaults.conf", "a = 1\nb { x = 1, y = 1 }");
        var main = Write("main.conf", """
            a = 0
            include "defaults.conf"
            b { y = 2 }
            """);

        var config = Config.ParseFile(main);

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(1, config.GetInt("b.x"));
        Assert.Equal(2, config.GetInt("b.y"));
    }

    [Fact]
    public void Includes_are_relative_to_the_including_file_not_the_working_directory()
    {
        Write("conf/nested/leaf.conf", "leaf = true");
        Write("conf/middle.conf", "include file(\"nested/leaf.conf\")\nmiddle = true");
        var main = Write("main.conf", "include required(\"conf/middle.conf\")");

        var config = Config.ParseFile(main);

        Assert.True(config.GetBoolean("leaf"));
        Assert.True(config.GetBoolean("middle"));
    }

    [Fact]
    public void A_missing_include_is_ignored_unless_required()
    {
        var optional = Write("optional.conf", "include \"absent.conf\"\na = 1");
        var required = Write("required.conf", "a = 1\ninclude required(file(\"absent.conf\"))");

        Assert.Equal(1, Config.ParseFile(optional).GetInt("a"));
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseFile(required));
        Assert.StartsWith($"{required}:2:1:", error.Message);
        Assert.Contains("absent.conf", error.Message);
    }

    [Fact]
    public void An_include_inside_an_object_fixes_up_its_substitutions_to_that_object()
    {
        Write("foo.conf", "x = 10\ny = ${x}\nz = ${top}");
        var main = Write("main.conf", """
            top = from-root
            a { include "foo.conf" }
            a { x = 42 }
            """);

        var config = Config.ParseFile(main);

        Assert.Equal(42, config.GetInt("a.y"));
        Assert.Equal("from-root", config.GetString("a.z"));
    }

    [Fact]
    public void A_name_without_extension_loads_the_json_and_the_conf_file()
    {
        Write("both.json", """{ "a": 1, "b": 1 }""");
        Write("both.conf", "b = 2");
        var main = Write("main.conf", "include \"both\"");

        var config = Config.ParseFile(main);

        Assert.Equal(1, config.GetInt("a"));
        Assert.Equal(2, config.GetInt("b"));
    }

    [Fact]
    public void An_include_cycle_is_an_error()
    {
        Write("a.conf", "include \"b.conf\"");
        Write("b.conf", "include \"a.conf\"");

        var error = Assert.Throws<ConfigParseException>(() => Config.ParseFile(Path.Combine(_directory, "a.conf")));

        Assert.Contains("include cycle", error.Message);
    }

    [Fact]
    public void An_error_in_an_included_file_names_that_file()
    {
        var broken = Write("broken.conf", "a = {");
        var main = Write("main.conf", "include \"broken.conf\"");

        var error = Assert.Throws<ConfigParseException>(() => Config.ParseFile(main));

        Assert.StartsWith(broken, error.Message);
    }

    [Fact]
    public void An_included_file_must_hold_an_object()
    {
        Write("list.conf", "[1, 2]");
        var main = Write("main.conf", "include \"list.conf\"");

        var error = Assert.Throws<ConfigParseException>(() => Config.ParseFile(main));

        Assert.Contains("must be an object", error.Message);
    }

    [Theory]
    [InlineData("include url(\"http://example.com/a.conf\")")]
    [InlineData("include foo")]
    public void Unsupported_or_malformed_includes_are_errors(string text)
    {
        Assert.Throws<ConfigParseException>(() => Config.ParseString(text));
    }

    [Fact]
    public void A_missing_configuration_file_is_reported_by_name()
    {
        var path = Path.Combine(_directory, "nope.conf");

        var error = Assert.Throws<ConfigParseException>(() => Config.ParseFile(path));

        Assert.Equal($"{path}: cannot read the configuration file: the file does not exist", error.Message);
    }
}
