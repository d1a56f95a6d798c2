using System.Text.Json;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Tests;

public sealed class AoConfigSpec : IDisposable
{
    private static readonly Config Defaults = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf"));

    private readonly string _directory = Directory.CreateTempSubdirectory("ao-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<AoResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        AoProcess.RunAsync(arguments, _directory, environment);

    private static JsonElement Json(AoResult result)
    {
        Assert.True(result.ExitCode == 0, $"ao failed ({result.ExitCode}): {result.Error}");
        return JsonDocument.Parse(result.Output).RootElement;
    }

    private static int ApiPort(JsonElement root) => root.GetProperty("ao").GetProperty("api").GetProperty("port").GetInt32();

    [Fact]
    public async Task Config_json_prints_the_embedded_defaults_from_any_directory()
    {
        var result = await RunAsync(null, "config", "--json");

        var root = Json(result);
        Assert.Equal(Defaults.GetInt("ao.api.port"), ApiPort(root));
        Assert.Equal(Defaults.GetString("ao.api.host"), root.GetProperty("ao").GetProperty("api").GetProperty("host").GetString());
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task The_defaults_are_embedded_so_ao_needs_no_reference_file_beside_it()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_directory, "bin")).FullName;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory)
                     .Where(file => file.EndsWith(".dll", StringComparison.Ordinal) || Path.GetFileName(file).StartsWith("ao.", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        Assert.False(File.Exists(Path.Combine(copy, "reference.conf")));

        var root = Json(await AoProcess.RunAsync(Path.Combine(copy, "ao.dll"), ["config", "--json"], _directory));

        Assert.Equal(Defaults.GetInt("ao.api.port"), ApiPort(root));
    }

    [Fact]
    public async Task Config_prints_hocon_that_reads_back_to_the_same_configuration()
    {
        var hocon = await RunAsync(null, "config");
        var json = await RunAsync(null, "config", "--json");

        Assert.Equal(0, hocon.ExitCode);
        Assert.Equal(Json(json).ToString(), JsonDocument.Parse(Config.ParseString(hocon.Output).ToJson()).RootElement.ToString());
    }

    [Fact]
    public async Task A_user_file_overrides_a_default_and_a_later_file_wins()
    {
        var first = WriteFile("first.conf", "ao.api { port = 7001, host = \"0.0.0.0\" }");
        var second = WriteFile("second.conf", "ao.api.port = 7002");

        var root = Json(await RunAsync(null, "config", "--json", "--config", first, "--config", second));

        Assert.Equal(7002, ApiPort(root));
        Assert.Equal("0.0.0.0", root.GetProperty("ao").GetProperty("api").GetProperty("host").GetString());
    }

    [Fact]
    public async Task An_environment_variable_overrides_a_file()
    {
        var file = WriteFile("app.conf", "ao.api.port = 7001\nao.node.data-dir = /from/file");
        var environment = new Dictionary<string, string> { ["AO_API__PORT"] = "7003", ["AO_NODE__DATA_DIR"] = "/from/env" };

        var root = Json(await RunAsync(environment, "config", "--json", "--config", file));

        Assert.Equal(7003, ApiPort(root));
        Assert.Equal("/from/env", root.GetProperty("ao").GetProperty("node").GetProperty("data-dir").GetString());
    }

    [Fact]
    public async Task Lists_come_from_the_environment_whole_or_one_element_per_variable()
    {
        var environment = new Dictionary<string, string>
        {
            ["AO_NODE__ROLES"] = "[worker]",
            ["AO_NODE__SEED_NODES__0"] = "10.0.0.1:7400",
            ["AO_NODE__SEED_NODES__1"] = "10.0.0.2:7400",
        };

        var result = await RunAsync(environment, "config");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var node = Config.ParseString(result.Output).GetConfig("ao.node");
        Assert.Equal(["worker"], node.GetStringList("roles"));
        Assert.Equal(["10.0.0.1:7400", "10.0.0.2:7400"], node.GetStringList("seed-nodes"));
    }

    [Fact]
    public async Task Set_overrides_an_environment_variable()
    {
        var environment = new Dictionary<string, string> { ["AO_API__PORT"] = "7003" };

        var root = Json(await RunAsync(environment, "config", "--json", "--set", "ao.api.port=7004", "--set", "ao.node.roles=[worker]"));

        Assert.Equal(7004, ApiPort(root));
        Assert.Equal(["worker"], root.GetProperty("ao").GetProperty("node").GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task Substitutions_in_a_user_file_resolve_against_the_defaults()
    {
        var file = WriteFile("app.conf", "ao.node.name = \"gateway-\"${ao.api.port}");

        var root = Json(await RunAsync(null, "config", "--json", "--config", file));

        Assert.Equal($"gateway-{Defaults.GetInt("ao.api.port")}", root.GetProperty("ao").GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_key_under_ao_warns_naming_the_key_and_where_it_was_set()
    {
        var file = WriteFile("app.conf", "ao.api.port = 7001\nao.api.prot = 7001\nmine.anything = 1");
        var environment = new Dictionary<string, string> { ["AO_API__TIMEOUT"] = "5s", ["AO_TEST_POSTGRES"] = "Host=x" };

        var result = await RunAsync(environment, "config", "--config", file);

        Assert.Equal(0, result.ExitCode);
        var warnings = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, warnings.Length);
        Assert.Contains("ao.api.prot", warnings[0]);
        Assert.Contains($"({file}:2:", warnings[0]);
        Assert.Contains("ao.api.timeout (environment variable AO_API__TIMEOUT)", warnings[1]);
    }

    [Fact]
    public async Task An_invalid_file_stops_with_its_position_and_reason_and_no_stack_trace()
    {
        var file = WriteFile("broken.conf", "ao {\n  api {\n    port = 7001\n  }\n  node {\n");

        var result = await RunAsync(null, "config", "--config", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal($"ao config: {file}:6:1: expected '}}' to close the object opened at {file}:5:8, but the file ended", result.Error.Trim());
    }

    [Fact]
    public async Task A_mistyped_value_from_the_environment_stops_with_its_key_and_variable()
    {
        var environment = new Dictionary<string, string> { ["AO_API__PORT"] = "abc" };

        var result = await RunAsync(environment, "config");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("ao config: ao.api.port: expected a number but got \"abc\" (environment variable AO_API__PORT)", result.Error.Trim());
    }

    [Fact]
    public async Task A_missing_file_and_a_malformed_set_are_reported_plainly()
    {
        var missing = await RunAsync(null, "config", "--config", Path.Combine(_directory, "nope.conf"));
        var malformed = await RunAsync(null, "config", "--set", "ao.api.port");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope.conf: cannot read the configuration file: the file does not exist", missing.Error);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Equal("ao config: --set expects key=value, but got 'ao.api.port'", malformed.Error.Trim());
    }
}
