using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.Tests.Fixtures;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class EventRecorderSpec : IAsyncLifetime
{
    private ControllerHarness _plane = null!;

    public async Task InitializeAsync() => _plane = await ControllerHarness.StartAsync(podsBecomeReady: false);

    public async Task DisposeAsync() => await _plane.DisposeAsync();

    [Fact]
    public async Task An_event_names_its_object_and_source_and_repeats_within_the_window_raise_its_count()
    {
        var pod = await _plane.CreateAsync(new Pod
        {
            Metadata = new ObjectMeta { Name = "web-1", Namespace = "default" },
            Spec = ControllerObjects.Template().Spec,
        });
        var recorder = new EventRecorder(_plane.Client, "kubelet", "node-1", new ListLoggerProvider());

        recorder.Record(pod, "Warning", "BackOff", "Back-off restarting failed container main in pod web-1_default");
        recorder.Record(pod, "Warning", "BackOff", "Back-off restarting failed container main in pod web-1_default");
        recorder.Record(pod, "Normal", "Pulled", "Container image \"nginx:1.27\" already present on machine");
        await recorder.DisposeAsync();

        await ControllerHarness.WaitForAsync(() => _plane.Events().Any(e => e.Reason == "BackOff" && e.Count == 2) && _plane.Events().Count == 2,
            "one BackOff event counted twice and one Pulled event");
        var backOff = _plane.Events().Single(e => e.Reason == "BackOff");
        Assert.Matches("^web-1\\.[0-9a-f]{16}$", backOff.Metadata.Name);
        Assert.Equal(("Pod", "default", "web-1", pod.Metadata.Uid, "v1", pod.Metadata.ResourceVersion),
            (backOff.InvolvedObject.Kind, backOff.InvolvedObject.Namespace, backOff.InvolvedObject.Name, backOff.InvolvedObject.Uid,
             backOff.InvolvedObject.ApiVersion, backOff.InvolvedObject.ResourceVersion));
        Assert.Equal(("kubelet", "node-1", "kubelet", "node-1", "Warning"),
            (backOff.Source!.Component, backOff.Source.Host, backOff.ReportingComponent, backOff.ReportingInstance, backOff.Type));
        Assert.NotNull(backOff.FirstTimestamp);
        Assert.True(backOff.LastTimestamp >= backOff.FirstTimestamp);
    }

    [Fact]
    public async Task Events_about_cluster_scoped_objects_go_to_the_default_namespace()
    {
        var node = new Node { Metadata = new ObjectMeta { Name = "node-1", Uid = Guid.NewGuid().ToString() } };
        await using (var recorder = new EventRecorder(_plane.Client, "kubelet", "node-1", new ListLoggerProvider()))
        {
            recorder.Record(node, "Normal", "NodeReady", "Node node-1 status is now: NodeReady");
        }

        await ControllerHarness.WaitForAsync(() => _plane.Events().Count == 1, "the NodeReady event in default");
        var ev = _plane.Events()[0];
        Assert.Equal(("Node", null, "node-1"), (ev.InvolvedObject.Kind, ev.InvolvedObject.Namespace, ev.InvolvedObject.Name));
        Assert.Equal(ResourceKinds.Event.Kind, ev.Kind);
    }

    [Fact]
    public async Task Record_never_blocks_and_drops_what_does_not_fit_the_queue()
    {
        var pod = new Pod { Metadata = new ObjectMeta { Name = "busy", Namespace = "default", Uid = Guid.NewGuid().ToString() } };
        var recorder = new EventRecorder(_plane.Client, "kubelet", "node-1", new ListLoggerProvider(), settings: EventRecorderSettings.Default with { QueueCapacity = 5 });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            recorder.Record(pod, "Normal", "Started", $"Started container {i}");
        }

        var recording = watch.Elapsed;
        await recorder.DisposeAsync();

        Assert.True(recording < TimeSpan.FromSeconds(1), $"1000 Record calls took {recording.TotalMilliseconds:F0} ms");
        await ControllerHarness.WaitForAsync(() => _plane.Events().Count >= 5, "the queued events written");
        Assert.InRange(_plane.Events().Count, 5, 100);
    }
}
