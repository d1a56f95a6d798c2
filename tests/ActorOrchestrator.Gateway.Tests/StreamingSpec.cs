using System.Net;
using System.Text;
using ActorOrchestrator.Gateway.Tests.Fixtures;

namespace ActorOrchestrator.Gateway.Tests;

/// <summary>Pod logs (plain, followed, through kubectl), graceful pod deletion and <c>kubectl get -w</c>.</summary>
public sealed class StreamingSpec : IAsyncLifetime
{
    private readonly string _logDirectory = Directory.CreateTempSubdirectory("ao-gateway-logs-").FullName;
    private FilePodLogs _logs = null!;
    private GatewayHarness _gateway = null!;
    private Kubectl _kubectl = null!;

    public async Task InitializeAsync()
    {
        _logs = new FilePodLogs(_logDirectory);
        _gateway = await GatewayHarness.StartAsync(podLogs: _logs);
        _kubectl = new Kubectl(_gateway.Address);
        await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/pods", Manifests.Pod("talker"));
    }

    public async Task DisposeAsync()
    {
        _logs.Close();
        _kubectl.Dispose();
        await _gateway.DisposeAsync();
        Directory.Delete(_logDirectory, recursive: true);
    }

    [Fact]
    public async Task Logs_are_plain_text_and_kubectl_logs_prints_them()
    {
        await File.WriteAllTextAsync(_logs.PathOf("default", "talker", "app"), "hello\nworld\n");
        using var response = await _gateway.Http.GetAsync("/api/v1/namespaces/default/pods/talker/log?container=app");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("hello\nworld\n", await response.Content.ReadAsStringAsync());
        Assert.Equal("hello\nworld\n", (await _kubectl.RunAsync("logs", "talker")).Succeeded().Output);
    }

    [Fact]
    public async Task Followed_logs_stream_lines_as_they_are_written_until_the_log_ends()
    {
        var path = _logs.PathOf("default", "talker", "app");
        await File.WriteAllTextAsync(path, "first\n");
        using var response = await _gateway.Http.GetAsync("/api/v1/namespaces/default/pods/talker/log?follow=true", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("first", await reader.ReadLineAsync().WaitAsync(GatewayHarness.Patience));
        await File.AppendAllTextAsync(path, "second\n");
        Assert.Equal("second", await reader.ReadLineAsync().WaitAsync(GatewayHarness.Patience));
        _logs.Close();
        Assert.Null(await reader.ReadLineAsync().WaitAsync(GatewayHarness.Patience));
    }

    [Fact]
    public async Task Logs_of_an_unknown_pod_are_a_404_Status()
    {
        await StatusAssert.IsStatusAsync(await _gateway.Http.GetAsync("/api/v1/namespaces/default/pods/ghost/log"), HttpStatusCode.NotFound, "NotFound");
        await StatusAssert.IsStatusAsync(await _gateway.Http.GetAsync("/api/v1/namespaces/default/pods/talker/log?sinceSeconds=x"), HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task Deleting_a_pod_bound_to_a_node_answers_202_with_its_deletionTimestamp()
    {
        await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/pods", Manifests.Pod("bound"));
        var binding = """{"apiVersion":"v1","kind":"Binding","metadata":{"name":"bound"},"target":{"apiVersion":"v1","kind":"Node","name":"node-1"}}""";
        await StatusAssert.IsObjectAsync(await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/pods/bound/binding", binding), HttpStatusCode.Created);
        var pod = await StatusAssert.IsObjectAsync(await _gateway.Http.GetAsync("/api/v1/namespaces/default/pods/bound"), HttpStatusCode.OK);
        Assert.Equal("node-1", pod.GetProperty("spec").GetProperty("nodeName").GetString());

        var deleting = await StatusAssert.IsObjectAsync(
            await _gateway.SendAsync(HttpMethod.Delete, "/api/v1/namespaces/default/pods/bound", """{"propagationPolicy":"Background"}"""), HttpStatusCode.Accepted);
        Assert.True(deleting.GetProperty("metadata").TryGetProperty("deletionTimestamp", out _));
        var table = (await _kubectl.RunAsync("get", "pods", "-o", "wide")).Succeeded().Output;
        Assert.Matches(@"NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES", table);
        Assert.Matches(@"bound\s+0/1\s+Terminating\s+0\s+\S+\s+<none>\s+node-1\s+<none>\s+<none>", table);
    }

    [Fact]
    public async Task Kubectl_get_watch_prints_objects_created_while_it_watches()
    {
        var watching = _kubectl.RunAsync("get", "configmaps", "--watch", "--request-timeout=8s");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await _gateway.SendAsync(HttpMethod.Post, "/api/v1/namespaces/default/configmaps", Manifests.ConfigMap("seen-live"));
        var result = await watching;
        Assert.Contains("seen-live", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"NAME\s+DATA\s+AGE", result.Output);
    }
}
