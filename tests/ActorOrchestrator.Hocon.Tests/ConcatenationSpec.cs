using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class ConcatenationSpec
{
    [Fact]
    public void Simple_values_on_one_line_join_into_a_string_keeping_inner_whitespace_only()
    {
        var config = Config.ParseString("a =   foo   bar  \"baz\"   \nb = 1 2.50 true null");

        Assert.Equal("foo   bar  baz", config.GetString("a"));
        Assert.Equal("1 2.50 true null", config.GetString("b"));
    }

    [Fact]
    public void Arrays_side_by_side_concatenate()
    {
        var config = Config.ParseString("a = [1, 2] [3, 4]\nb = [ [1, 2] [3, 4] ]");

        Assert.Equal(["1", "2", "3", "4"], config.GetStringList("a"));
        Assert.Equal(["1", "2", "3", "4"], config.GetConfigListOrStrings("b"));
    }

    [Fact]
    public void Whitespace_is_not_an_array_separator()
    {
        var config = Config.ParseString("a = [ 1 2 3 4 ]");

        Assert.Equal(["1 2 3 4"], config.GetStringList("a"));
    }

    [Fact]
    public void Objects_side_by_side_merge_with_the_later_winning()
    {
        var config = Config.ParseString("a = { b = 1, c = 2 } { c = 3 }");

        Assert.Equal(1, config.GetInt("a.b"));
        Assert.Equal(3, config.GetInt("a.c"));
    }

    [Fact]
    public void Object_inheritance_through_a_substitution_and_concatenation()
    {
        var config = Config.ParseString("""
            data-center-generic = { cluster-size = 6 }
            data-center-east = ${data-center-generic} { name = "east" }
            """);

        Assert.Equal(6, config.GetInt("data-center-east.cluster-size"));
        Assert.Equal("east", config.GetString("data-center-east.name"));
    }

    [Fact]
    public void Mixing_a_list_with_a_string_is_an_error_with_its_position()
    {
        var error = Assert.Throws<ConfigParseException>(() => Config.ParseString("a = [1] foo", "mix.conf"));

        Assert.StartsWith("mix.conf:1:9:", error.Message);
        Assert.Contains("cannot concatenate a list", error.Message);
    }

    [Fact]
    public void Mixing_types_through_substitutions_fails_when_resolved()
    {
        var config = Config.ParseString("x = [1]\na = ${x} foo", "mix.conf");

        var error = Assert.Throws<ConfigResolveException>(() => config.Resolve());
        Assert.Contains("mix.conf:2:10", error.Message);
    }
}

internal static class ListReading
{
    /// <summary>Reads a list of lists flattened to strings, to check nesting without a list-of-lists getter.</summary>
    public static IReadOnlyList<string> GetConfigListOrStrings(this Config config, string path)
    {
        var json = System.Text.Json.JsonDocument.Parse(config.ToJson());
        var element = json.RootElement;
        foreach (var segment in path.Split('.'))
        {
            element = element.GetProperty(segment);
        }

        Assert.Equal(1, element.GetArrayLength());
        return [.. element[0].EnumerateArray().Select(item => item.ToString())];
    }
}
