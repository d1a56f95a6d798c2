using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class GetterSpec
{
    private static readonly Config Sample = Config.ParseString("""
        ao {
          api {
            port = 8080
            host = "0.0.0.0"
            bad-port = "abc"
          }
          numbers { big = 3000000000, frac = 1.5, text = "42", exp = 1e3 }
          flags { yes = yes, off = off, t = true, n = null }
          roles = [control-plane, worker]
          indexed { 1 = b, 0 = a, other = ignored }
          members = [ { name = a }, { name = b } ]
        }
        """, "app.conf");

    [Fact]
    public void Typed_getters_read_numbers_strings_and_booleans_with_the_automatic_conversions()
    {
        Assert.Equal(8080, Sample.GetInt("ao.api.port"));
        Assert.Equal("8080", Sample.GetString("ao.api.port"));
        Assert.Equal(3_000_000_000L, Sample.GetLong("ao.numbers.big"));
        Assert.Equal(1.5, Sample.GetDouble("ao.numbers.frac"));
        Assert.Equal(42, Sample.GetInt("ao.numbers.text"));
        Assert.Equal(1000, Sample.GetInt("ao.numbers.exp"));
        Assert.True(Sample.GetBoolean("ao.flags.yes"));
        Assert.False(Sample.GetBoolean("ao.flags.off"));
        Assert.True(Sample.GetBoolean("ao.flags.t"));
    }

    [Fact]
    public void A_wrongly_typed_value_names_the_path_the_value_and_its_position()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt("ao.api.bad-port"));

        Assert.Equal("ao.api.bad-port: expected a number but got \"abc\" (app.conf:5:16)", error.Message);
        Assert.Equal("ao.api.bad-port", error.Path);
    }

    [Theory]
    [InlineData("ao.numbers.big", "expected a whole number from -2147483648 to 2147483647 but got 3000000000")]
    [InlineData("ao.numbers.frac", "expected a whole number but got 1.5")]
    [InlineData("ao.flags.n", "expected a number but got null")]
    [InlineData("ao.api", "an object")]
    public void Values_that_do_not_fit_an_int_are_wrong_types(string path, string mentioned)
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetInt(path));

        Assert.Contains(mentioned, error.Message);
    }

    [Fact]
    public void A_missing_value_names_the_full_path_even_from_a_sub_configuration()
    {
        var api = Sample.GetConfig("ao.api");

        var error = Assert.Throws<ConfigMissingException>(() => api.GetString("tls.cert"));

        Assert.Equal("ao.api.tls.cert: no value is configured at this path", error.Message);
    }

    [Fact]
    public void Walking_through_a_non_object_is_a_wrong_type_at_that_point()
    {
        var error = Assert.Throws<ConfigWrongTypeException>(() => Sample.GetString("ao.api.port.x"));

        Assert.StartsWith("ao.api.port: expected an object but got 8080", error.Message);
    }

    [Fact]
    public void Lists_read_as_strings_or_configurations_and_numeric_keyed_objects_read_as_lists()
    {
        Assert.Equal(["control-plane", "worker"], Sample.GetStringList("ao.roles"));
        Assert.Equal(["a", "b"], Sample.GetStringList("ao.indexed"));
        Assert.Equal(["a", "b"], Sample.GetConfigList("ao.members").Select(member => member.GetString("name")));
    }

    [Fact]
    public void Has_path_is_false_for_missing_and_null_values()
    {
        Assert.True(Sample.HasPath("ao.api.port"));
        Assert.False(Sample.HasPath("ao.api.nothing"));
        Assert.False(Sample.HasPath("ao.flags.n"));
        Assert.False(Sample.HasPath("ao.api.port.below"));
    }

    [Theory]
    [InlineData("250ms", 250 * TimeSpan.TicksPerMillisecond)]
    [InlineData("5s", 5 * TimeSpan.TicksPerSecond)]
    [InlineData("2 minutes", 2 * TimeSpan.TicksPerMinute)]
    [InlineData("1 h", TimeSpan.TicksPerHour)]
    [InlineData("3d", 3 * TimeSpan.TicksPerDay)]
    [InlineData("1 day", TimeSpan.TicksPerDay)]
    [InlineData("1.5s", 15 * TimeSpan.TicksPerMillisecond * 100)]
    [InlineData("100", 100 * TimeSpan.TicksPerMillisecond)]
    [InlineData("\"100\"", 100 * TimeSpan.TicksPerMillisecond)]
    [InlineData("20us", 200)]
    [InlineData("7 microseconds", 70)]
    [InlineData("1000ns", 10)]
    [InlineData("500 nanoseconds", 5)]
    [InlineData("1 millisecond", TimeSpan.TicksPerMillisecond)]
    [InlineData("1 second", TimeSpan.TicksPerSecond)]
    [InlineData("10m", 10 * TimeSpan.TicksPerMinute)]
    [InlineData("2 hours", 2 * TimeSpan.TicksPerHour)]
    public void Durations_accept_every_unit_of_the_specification(string written, long ticks)
    {
        var config = Config.ParseString($"d = {written}");

        Assert.Equal(TimeSpan.FromTicks(ticks), config.GetDuration("d"));
    }

    [Theory]
    [InlineData("5S")]
    [InlineData("5 parsecs")]
    [InlineData("fast")]
    [InlineData("[1]")]
    public void Durations_with_unknown_or_upper_case_units_are_rejected(string written)
    {
        var config = Config.ParseString($"d = {written}", "t.conf");

        var error = Assert.Throws<ConfigWrongTypeException>(() => config.GetDuration("d"));
        Assert.Contains("expected a duration", error.Message);
    }

    [Fact]
    public void Infinite_is_a_duration_only_where_the_caller_allows_it()
    {
        var config = Config.ParseString("ask-timeout = infinite", "t.conf");

        Assert.Equal(Timeout.InfiniteTimeSpan, config.GetDuration("ask-timeout", allowInfinite: true));
        var error = Assert.Throws<ConfigWrongTypeException>(() => config.GetDuration("ask-timeout"));
        Assert.Equal("ask-timeout: expected a duration (a number of milliseconds, or a number with ns, us, ms, s, m, h or d) but got \"infinite\" (t.conf:1:15)", error.Message);
    }

    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("10B", 10L)]
    [InlineData("3 bytes", 3L)]
    [InlineData("10 kB", 10_000L)]
    [InlineData("1MB", 1_000_000L)]
    [InlineData("2 gigabytes", 2_000_000_000L)]
    [InlineData("1TB", 1_000_000_000_000L)]
    [InlineData("1 petabyte", 1_000_000_000_000_000L)]
    [InlineData("1EB", 1_000_000_000_000_000_000L)]
    [InlineData("64KiB", 65_536L)]
    [InlineData("64K", 65_536L)]
    [InlineData("64k", 65_536L)]
    [InlineData("2Mi", 2_097_152L)]
    [InlineData("1 mebibyte", 1_048_576L)]
    [InlineData("1G", 1_073_741_824L)]
    [InlineData("1 tebibytes", 1_099_511_627_776L)]
    [InlineData("1PiB", 1_125_899_906_842_624L)]
    [InlineData("1 exbibyte", 1_152_921_504_606_846_976L)]
    [InlineData("1.5KiB", 1536L)]
    public void Sizes_accept_si_and_iec_units(string written, long bytes)
    {
        var config = Config.ParseString($"s = {written}");

        Assert.Equal(bytes, config.GetBytes("s"));
    }

    [Theory]
    [InlineData("1 ZB")]
    [InlineData("1 YiB")]
    [InlineData("10 KB")]
    [InlineData("10 furlongs")]
    public void Sizes_out_of_range_or_with_unknown_units_are_rejected(string written)
    {
        var config = Config.ParseString($"s = {written}");

        var error = Assert.Throws<ConfigWrongTypeException>(() => config.GetBytes("s"));
        Assert.Contains("size in bytes", error.Message);
    }

    [Fact]
    public void Bad_value_errors_name_the_key_the_value_and_where_it_was_written()
    {
        var api = Sample.GetConfig("ao.api");

        var error = api.BadValue("port", "must be below 1024");

        Assert.Equal("ao.api.port: must be below 1024 but got 8080 (app.conf:3:12)", error.Message);
    }

    [Fact]
    public void Bad_value_errors_show_a_short_list_as_written()
    {
        var error = Sample.BadValue("ao.roles", "must list known roles");

        Assert.Equal("ao.roles: must list known roles but got [\"control-plane\", \"worker\"] (app.conf:9:11)", error.Message);
    }

    [Fact]
    public void Values_from_text_outside_files_are_read_as_hocon_values_or_taken_literally()
    {
        var number = Config.FromValue("ao.api.port", "8080", "environment variable AO_API__PORT");
        var list = Config.FromValue("ao.node.roles", "[worker]", "--set");
        var url = Config.FromValue("ao.url", "http://host:80/x", "--set");
        var bad = Config.FromValue("ao.api.port", "abc", "environment variable AO_API__PORT");

        Assert.Equal(8080, number.GetInt("ao.api.port"));
        Assert.Equal(["worker"], list.GetStringList("ao.node.roles"));
        Assert.Equal("http://host:80/x", url.GetString("ao.url"));
        var error = Assert.Throws<ConfigWrongTypeException>(() => bad.GetInt("ao.api.port"));
        Assert.EndsWith("but got \"abc\" (environment variable AO_API__PORT)", error.Message);
    }
}
