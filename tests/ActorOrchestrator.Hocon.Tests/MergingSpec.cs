using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class MergingSpec
{
    [Fact]
    public void Duplicate_object_keys_merge_and_later_non_objects_replace()
    {
        var config = Config.ParseString("""
            foo { a = 42, b = 1 }
            foo { b = 43, c = 44 }
            bar = 1
            bar = 2
            """);

        Assert.Equal(42, config.GetInt("foo.a"));
        Assert.Equal(43, config.GetInt("foo.b"));
        Assert.Equal(44, config.GetInt("foo.c"));
        Assert.Equal(2, config.GetInt("bar"));
    }

    [Fact]
    public void An_intermediate_non_object_stops_two_objects_from_merging()
    {
        var config = Config.ParseString("""
            foo { a = 42 }
            foo = null
            foo { b = 43 }
            """);

        Assert.False(config.HasPath("foo.a"));
        Assert.Equal(43, config.GetInt("foo.b"));
    }

    [Fact]
    public void Path_keys_merge_with_objects_written_elsewhere()
    {
        var config = Config.ParseString("""
            a.x = 42, a.y = 43
            a { z = 44 }
            """);

        Assert.Equal(["x", "y", "z"], config.GetConfig("a").Keys);
    }

    [Fact]
    public void With_fallback_keeps_the_first_configuration_winning_and_merges_objects()
    {
        var user = Config.ParseString("ao.api { port = 9000 }");
        var defaults = Config.ParseString("ao.api { port = 6443, host = \"127.0.0.1\" }");

        var merged = user.WithFallback(defaults);

        Assert.Equal(9000, merged.GetInt("ao.api.port"));
        Assert.Equal("127.0.0.1", merged.GetString("ao.api.host"));
    }

    [Fact]
    public void Fallbacks_merge_pairwise_so_a_non_object_hides_objects_further_down()
    {
        var first = Config.ParseString("a { x = 1 }");
        var second = Config.ParseString("a = 42");
        var third = Config.ParseString("a { y = 2 }");

        var hidden = first.WithFallback(second).WithFallback(third);
        var adjacent = first.WithFallback(third).WithFallback(second);

        Assert.False(hidden.HasPath("a.y"));
        Assert.Equal(1, hidden.GetInt("a.x"));
        Assert.Equal(2, adjacent.GetInt("a.y"));
    }

    [Fact]
    public void The_empty_configuration_is_neutral_for_layering()
    {
        var config = Config.ParseString("a { b = 1 }", "one.conf");

        Assert.Equal(config.ToJson(), Config.Empty.WithFallback(config).ToJson());
        Assert.Equal(config.ToJson(), config.WithFallback(Config.Empty).ToJson());
        Assert.Equal(new ConfigOrigin("one.conf", 1, 9), Config.Empty.WithFallback(config).GetOrigin("a.b"));
    }

    [Fact]
    public void Substitutions_in_one_layer_see_values_from_another()
    {
        var user = Config.ParseString("url = \"http://\"${host}\":\"${port}");
        var defaults = Config.ParseString("host = localhost\nport = 80");

        Assert.Equal("http://localhost:80", user.WithFallback(defaults).GetString("url"));
    }
}
