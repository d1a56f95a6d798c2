using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.ReadModel;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class AgentNodeSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private AgentHarness _node = null!;

    public async Task InitializeAsync() => _node = await AgentHarness.StartAsync(output, settings => settings with { NodeStatusUpdateInterval = TimeSpan.FromSeconds(1) });

    public async Task DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task The_node_heartbeat_moves_every_interval_and_is_not_written_more_often()
    {
        var first = await WaitForNodeAsync();
        var firstBeat = first.Status!.Conditions!.Single(c => c.Type == "Ready").LastHeartbeatTime;
        var writes = 0;
        using var window = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        try
        {
            var request = new WatchRequest(ResourceKinds.Node) { ResourceVersion = _node.View.ResourceVersion };
            await foreach (var change in _node.View.Watch(request).WithCancellation(window.Token))
            {
                writes += change.Type == WatchEventType.Modified ? 1 : 0;
            }
        }
        catch (OperationCanceledException)
        {
            // The window is over.
        }

        var last = _node.View.Get(ResourceKinds.Node, null, AgentHarness.NodeName)!.ToObject<Node>();
        Assert.True(last.Status!.Conditions!.Single(c => c.Type == "Ready").LastHeartbeatTime > firstBeat);
        Assert.InRange(writes, 2, 5);
        Assert.Equal("KubeletReady", last.Status.Conditions!.Single(c => c.Type == "Ready").Reason);
        Assert.Equal("127.0.0.1", last.Status.Addresses!.Single(a => a.Type == "InternalIP").Address);
        Assert.Equal(System.Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), last.Status.Capacity!["cpu"].ToString());
    }

    [Fact]
    public async Task Container_events_reach_the_api_as_kubelet_events_of_the_pod()
    {
        await _node.CreatePodAsync("noted", new PodSpec { Containers = [AgentHarness.Shell("web", "sleep 600")] });
        await _node.WaitForPodAsync("noted", p => AgentHarness.Container(p).State?.Running is not null, "ran");

        var deadline = DateTime.UtcNow + AgentHarness.Patience;
        Event? started = null;
        while (started is null && DateTime.UtcNow < deadline)
        {
            var events = await _node.View.ListAsync(
                new ListRequest(ResourceKinds.Event) { Namespace = "default", FieldSelector = FieldMatcher.Parse("involvedObject.name=noted", ResourceKinds.Event) },
                CancellationToken.None);
            started = events.Items.Select(item => item.ToObject<Event>()).FirstOrDefault(e => e.Reason == "Started");
            await Task.Delay(50);
        }

        Assert.NotNull(started);
        Assert.Equal("Started container web", started.Message);
        Assert.Equal("kubelet", started.Source!.Component);
        Assert.Equal(AgentHarness.NodeName, started.Source.Host);
        Assert.Equal("Pod", started.InvolvedObject.Kind);
    }

    private async Task<Node> WaitForNodeAsync()
    {
        var deadline = DateTime.UtcNow + AgentHarness.Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (_node.View.Get(ResourceKinds.Node, null, AgentHarness.NodeName)?.ToObject<Node>() is { Status.Conditions: not null } node)
            {
                return node;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the node never registered");
        throw new InvalidOperationException();
    }
}
