using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class SubstitutionSpec
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    private static Config Resolve(string text, Func<string, string?>? environment = null) =>
        Config.ParseString(text, "test.conf").Resolve(environment ?? NoEnvironment);

    [Fact]
    public void A_substitution_looks_forward_to_the_final_value_and_keeps_its_type()
    {
        var config = Resolve("""
            a = ${b}
            b = 1
            b = 2
            list = ${l}
            l = [x, y]
            """);

        Assert.Equal(2, config.GetInt("a"));
        Assert.Equal(["x", "y"], config.GetStringList("list"));
    }

    [Fact]
    public void A_substitution_inside_text_becomes_part_of_a_string()
    {
        var config = Resolve("""
            animal.favorite = dog
            key = ${animal.favorite} is my favorite animal
            quoted = ${animal.favorite}" is my favorite animal"
            """);

        Assert.Equal("dog is my favorite animal", config.GetString("key"));
        Assert.Equal("dog is my favorite animal", config.GetString("quoted"));
    }

    [Fact]
    public void Substitutions_are_not_parsed_inside_quoted_strings()
    {
        Assert.Equal("${x}", Resolve("a = \"${x}\"").GetString("a"));
    }

    [Fact]
    public void An_object_may_refer_to_its_own_fields_and_sees_their_final_value()
    {
        var config = Resolve("""
            bar : { foo : 42,
                    baz : ${bar.foo}
                  }
            bar : { foo : 43 }
            """);

        Assert.Equal(43, config.GetInt("bar.baz"));
    }

    [Fact]
    public void Mutually_referring_objects_resolve()
    {
        var config = Resolve("""
            bar : { a : ${foo.d}, b : 1 }
            bar.b = 3
            foo : { c : ${bar.b}, d : 2 }
            foo.d = 4
            """);

        Assert.Equal(4, config.GetInt("bar.a"));
        Assert.Equal(3, config.GetInt("foo.c"));
    }

    [Fact]
    public void A_self_reference_builds_on_the_earlier_value()
    {
        var config = Resolve("""
            path = "/bin"
            path = ${path}":/usr/bin"
            list = [ /bin ]
            list = ${list} [ /usr/bin ]
            obj = { a = 1 }
            obj = ${obj} { b = 2 }
            """);

        Assert.Equal("/bin:/usr/bin", config.GetString("path"));
        Assert.Equal(["/bin", "/usr/bin"], config.GetStringList("list"));
        Assert.Equal(1, config.GetInt("obj.a"));
        Assert.Equal(2, config.GetInt("obj.b"));
    }

    [Fact]
    public void A_self_reference_through_a_path_looks_below_and_later_objects_still_merge()
    {
        var config = Resolve("""
            foo : { a : { c : 1 } }
            foo : ${foo.a}
            foo : { a : 2 }
            """);

        Assert.Equal(2, config.GetInt("foo.a"));
        Assert.Equal(1, config.GetInt("foo.c"));
    }

    [Fact]
    public void A_self_reference_in_another_layer_builds_on_the_fallback()
    {
        var user = Config.ParseString("path = ${path}\":/opt/bin\"");
        var defaults = Config.ParseString("path = \"/bin\"");

        Assert.Equal("/bin:/opt/bin", user.WithFallback(defaults).Resolve(NoEnvironment).GetString("path"));
    }

    [Fact]
    public void Plus_equals_appends_and_may_be_the_first_mention()
    {
        var config = Resolve("""
            a += 1
            a += 2
            b = [x]
            b += y
            c { d += z }
            c { d += ${w} }
            w = last
            """);

        Assert.Equal(["1", "2"], config.GetStringList("a"));
        Assert.Equal(["x", "y"], config.GetStringList("b"));
        Assert.Equal(["z", "last"], config.GetStringList("c.d"));
    }

    [Fact]
    public void Plus_equals_on_a_non_list_fails()
    {
        var error = Assert.Throws<ConfigResolveException>(() => Resolve("a = 1\na += 2"));
        Assert.Contains("cannot concatenate", error.Message);
    }

    [Fact]
    public void An_undefined_optional_substitution_leaves_no_field_and_keeps_the_earlier_value()
    {
        var config = Resolve("""
            a = ${?missing}
            b = 1
            b = ${?missing}
            c = ${?missing}foo
            d = [1, ${?missing}, 2]
            e = ${?missing} ${?other}
            """);

        Assert.False(config.HasPath("a"));
        Assert.Equal(1, config.GetInt("b"));
        Assert.Equal("foo", config.GetString("c"));
        Assert.Equal(["1", "2"], config.GetStringList("d"));
        Assert.False(config.HasPath("e"));
    }

    [Fact]
    public void An_optional_self_reference_without_earlier_value_disappears()
    {
        var config = Resolve("foo = ${?foo}\nbar = ${?bar}baz");

        Assert.False(config.HasPath("foo"));
        Assert.Equal("baz", config.GetString("bar"));
    }

    [Fact]
    public void A_hidden_substitution_is_never_evaluated()
    {
        var config = Resolve("foo = ${does-not-exist}\nfoo = 42\nbar = ${bar}\nbar = 1");

        Assert.Equal(42, config.GetInt("foo"));
        Assert.Equal(1, config.GetInt("bar"));
    }

    [Fact]
    public void Environment_variables_answer_substitutions_missing_from_the_document()
    {
        var environment = new Dictionary<string, string> { ["HOME"] = "/home/ao", ["EMPTY"] = "" };
        var config = Resolve("""
            home = ${HOME}
            bin = ${HOME}/bin
            blocked = ${HOME_IS_NULL}
            HOME_IS_NULL = null
            empty = ${?EMPTY}
            """, name => environment.GetValueOrDefault(name));

        Assert.Equal("/home/ao", config.GetString("home"));
        Assert.Equal("/home/ao/bin", config.GetString("bin"));
        Assert.False(config.HasPath("blocked"));
        Assert.False(config.HasPath("empty"));
    }

    [Fact]
    public void A_configured_value_wins_over_the_environment()
    {
        var config = Resolve("HOME = configured\nhome = ${HOME}", _ => "/from/env");

        Assert.Equal("configured", config.GetString("home"));
    }

    [Fact]
    public void An_undefined_required_substitution_names_itself_and_its_position()
    {
        var error = Assert.Throws<ConfigResolveException>(() => Resolve("a = 1\nb = ${nope.x}"));

        Assert.StartsWith("test.conf:2:5:", error.Message);
        Assert.Contains("${nope.x}", error.Message);
    }

    [Fact]
    public void A_self_reference_without_an_earlier_value_is_reported_as_such()
    {
        var error = Assert.Throws<ConfigResolveException>(() => Resolve("foo = ${foo}"));

        Assert.Contains("refers to foo itself", error.Message);
    }

    [Fact]
    public void A_cycle_between_fields_is_reported_with_every_step()
    {
        var error = Assert.Throws<ConfigResolveException>(() => Resolve("a = ${b}\nb = ${c}\nc = ${a}"));

        Assert.Contains("cycle in substitutions", error.Message);
        Assert.Contains("${b} (test.conf:1:5)", error.Message);
        Assert.Contains("${c} (test.conf:2:5)", error.Message);
        Assert.Contains("${a} (test.conf:3:5)", error.Message);
    }

    [Theory]
    [InlineData("a = { b = ${a} }")]
    [InlineData("a = [ ${a} ]")]
    [InlineData("a = { x = ${a.y}, y = ${a.x} }")]
    public void Unbreakable_cycles_through_objects_and_lists_are_errors(string text)
    {
        var error = Assert.Throws<ConfigResolveException>(() => Resolve(text));

        Assert.Contains("cycle", error.Message);
    }

    [Fact]
    public void Fields_that_refer_to_each_other_after_earlier_values_end_up_equal()
    {
        var config = Resolve("a : 1\nb : 2\na : ${b}\nb : ${a}");

        Assert.Equal(config.GetInt("a"), config.GetInt("b"));
    }

    [Fact]
    public void Every_occurrence_of_a_substitution_sees_the_same_value()
    {
        var config = Resolve("""
            base = { x = 1 }
            a = ${base.x}
            b = ${base.x}
            c = [${base}, ${base}]
            """);

        Assert.Equal(config.GetInt("a"), config.GetInt("b"));
        Assert.Equal(2, config.GetConfigList("c").Count);
    }
}
