using System.Text.Json.Nodes;
using ActorOrchestrator.Host.Client;

namespace ActorOrchestrator.Host.Tests.Client;

public sealed class TablePrintingSpec
{
    private static readonly JsonObject Table = JsonNode.Parse("""
        {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"7"},
         "columnDefinitions":[
           {"name":"Name","type":"string","priority":0},{"name":"Ready","type":"string","priority":0},
           {"name":"Status","type":"string","priority":0},{"name":"Restarts","type":"integer","priority":0},
           {"name":"Age","type":"string","priority":0},{"name":"IP","type":"string","priority":1},{"name":"Node","type":"string","priority":1}],
         "rows":[
           {"cells":["web-7d4f9-abcde","1/1","Running",0,"5m",null,"node-1"],"object":{"metadata":{"name":"web-7d4f9-abcde","namespace":"default"}}},
           {"cells":["db-0","0/1","Pending",12,"45s","10.0.0.2","node-2"],"object":{"metadata":{"name":"db-0","namespace":"team-a"}}}]}
        """)!.AsObject();

    private static string Print(bool wide, bool withNamespace)
    {
        var columns = TableColumns.From(Table, wide, withNamespace);
        using var output = new StringWriter { NewLine = "\n" };
        new ColumnWriter(output).Write([columns.Header, .. columns.Rows(Table, DateTimeOffset.UtcNow)]);
        return output.ToString();
    }

    [Fact]
    public void Priority_zero_columns_print_upper_case_aligned_three_spaces_apart() =>
        Assert.Equal(
            """
            NAME              READY   STATUS    RESTARTS   AGE
            web-7d4f9-abcde   1/1     Running   0          5m
            db-0              0/1     Pending   12         45s

            """.Replace("\r", ""),
            Print(wide: false, withNamespace: false));

    [Fact]
    public void Wide_adds_the_other_columns_and_all_namespaces_puts_the_namespace_first() =>
        Assert.Equal(
            """
            NAMESPACE   NAME              READY   STATUS    RESTARTS   AGE   IP         NODE
            default     web-7d4f9-abcde   1/1     Running   0          5m    <none>     node-1
            team-a      db-0              0/1     Pending   12         45s   10.0.0.2   node-2

            """.Replace("\r", ""),
            Print(wide: true, withNamespace: true));

    [Theory]
    [InlineData(5, "5s")]
    [InlineData(119, "119s")]
    [InlineData(192, "3m12s")]
    [InlineData(3600, "60m")]
    [InlineData(5 * 3600, "5h")]
    [InlineData(2 * 86400 + 3 * 3600, "2d3h")]
    [InlineData(30 * 86400, "30d")]
    public void Ages_read_as_kubernetes_writes_them(int seconds, string text) =>
        Assert.Equal(text, Age.Format(TimeSpan.FromSeconds(seconds)));
}
