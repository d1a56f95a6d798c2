using System.Text.Json;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Hocon.Tests;

public sealed class RenderingSpec
{
    private const string Document = """
        ao {
          api { port = 8080, host = "0.0.0.0" }
          "odd.key" = "quote \" and \\ and\nnewline"
          empty {}
          roles = [control-plane, worker]
          nested = [ { a = 1 }, [1, 2] ]
          big = 1e3
          "include" = "a key that must stay quoted"
          flag = true
          nothing = null
          ref = ${ao.api.port}
        }
        """;

    [Fact]
    public void Rendered_hocon_parses_back_to_the_same_configuration()
    {
        var original = Config.ParseString(Document);

        var reparsed = Config.ParseString(original.ToHocon());

        Assert.Equal(original.ToJson(), reparsed.ToJson());
        Assert.Equal("quote \" and \\ and\nnewline", reparsed.GetString("ao.\"odd.key\""));
    }

    [Fact]
    public void Rendered_hocon_shows_resolved_values_nested_by_object()
    {
        var hocon = Config.ParseString(Document).ToHocon();

        Assert.Contains("ao {\n  api {\n    port = 8080\n    host = \"0.0.0.0\"\n  }\n", hocon);
        Assert.Contains("  ref = 8080\n", hocon);
        Assert.Contains("  roles = [\"control-plane\", \"worker\"]\n", hocon);
    }

    [Fact]
    public void Json_rendering_is_valid_json_with_the_types_kept()
    {
        var json = JsonDocument.Parse(Config.ParseString(Document).ToJson()).RootElement.GetProperty("ao");

        Assert.Equal(8080, json.GetProperty("api").GetProperty("port").GetInt32());
        Assert.Equal(1000, json.GetProperty("big").GetDouble());
        Assert.True(json.GetProperty("flag").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nothing").ValueKind);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("empty").ValueKind);
        Assert.Equal("worker", json.GetProperty("roles")[1].GetString());
    }
}
