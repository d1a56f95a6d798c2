namespace ActorOrchestrator.Gateway.Tests.Fixtures;

/// <summary>Small manifests the specs send.</summary>
internal static class Manifests
{
    public static string ConfigMap(string name, string labels = "{}", string data = """{"key":"value"}""") =>
        $$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"{{name}}","labels":{{labels}} },"data":{{data}} }""";

    public static string Deployment(string name, int replicas = 2, string image = "nginx:1.25") => $$$"""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"{{{name}}}","labels":{"app":"{{{name}}}"}},
         "spec":{"replicas":{{{replicas}}},"selector":{"matchLabels":{"app":"{{{name}}}"}},
                 "template":{"metadata":{"labels":{"app":"{{{name}}}"}},"spec":{"containers":[{"name":"nginx","image":"{{{image}}}"}] } } } }
        """;

    public static string Pod(string name) => $$"""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"{{name}}"},"spec":{"containers":[{"name":"app","image":"busybox"}] } }
        """;
}
