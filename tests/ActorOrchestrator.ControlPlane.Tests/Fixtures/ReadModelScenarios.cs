using System.Collections.Concurrent;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>Scenarios run against every journal (SQLite here, PostgreSQL where concurrent commits land out of order).</summary>
internal static class ReadModelScenarios
{
    /// <summary>
    /// Several entities write concurrently; half-way a client lists, then watches from the list's resourceVersion
    /// while the writes go on. Every write after the list arrives exactly once, in order, and list + watch rebuild the final state.
    /// </summary>
    public static async Task ListThenWatchLosesNothingAsync(ReadModelHarness harness, int writers = 4, int objectsPerWriter = 30)
    {
        var projection = await harness.StartProjectionAsync();
        var view = projection.View;
        var selector = LabelMatcher.Parse("app=load");
        var orderings = new ConcurrentBag<long>();
        var final = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var halfWritten = Enumerable.Range(0, writers).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var listed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writing = Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < objectsPerWriter; i++)
            {
                if (i == objectsPerWriter / 2)
                {
                    halfWritten[writer].SetResult();
                    await listed.Task;
                }
                var map = TestObjects.ConfigMap($"w{writer}-{i:000}", labels: TestObjects.Labels("app=load"));
                var name = map.Metadata.Name!;
                orderings.Add(final[name] = await harness.Writer.CreateAsync(map));
                orderings.Add(final[name] = await harness.Writer.UpdateAsync(map with { Data = new Dictionary<string, string> { ["key"] = "v2" } }));
                if (i % 4 == 0)
                {
                    orderings.Add(await harness.Writer.DeleteAsync(map));
                    final.TryRemove(name, out _);
                }
            }
        })));
        await Task.WhenAll(halfWritten.Select(h => h.Task)).WaitAsync(ReadModelHarness.Patience);
        Assert.True(await view.WaitForResourceVersionAsync(orderings.Max(), ReadModelHarness.Patience, CancellationToken.None));

        var list = await view.ListAsync(new ListRequest(ResourceKinds.ConfigMap) { LabelSelector = selector }, CancellationToken.None);
        listed.SetResult();
        await using var watch = new WatchReader(view.Watch(
            new WatchRequest(ResourceKinds.ConfigMap) { LabelSelector = selector, ResourceVersion = list.ResourceVersion }));
        await writing.WaitAsync(ReadModelHarness.Patience);
        var last = orderings.Max();
        var events = await watch.TakeUntilAsync(e => e.ResourceVersion >= last);

        Assert.Equal(orderings.Where(o => o > list.ResourceVersion).Order(), events.Select(e => e.ResourceVersion));
        var state = list.Items.ToDictionary(i => i.Name, i => i.ResourceVersion, StringComparer.Ordinal);
        foreach (var e in events)
        {
            Assert.Equal(e.ResourceVersion, e.Object!.ResourceVersion);
            if (e.Type == WatchEventType.Deleted)
            {
                Assert.True(state.Remove(e.Object.Name), $"DELETED for {e.Object.Name}, which the client did not have");
            }
            else
            {
                Assert.Equal(e.Type == WatchEventType.Added, !state.ContainsKey(e.Object.Name));
                state[e.Object.Name] = e.ResourceVersion;
            }
        }
        Assert.Equal(final.OrderBy(p => p.Key, StringComparer.Ordinal), state.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("v2", view.Get(ResourceKinds.ConfigMap, "default", final.Keys.First())!.ToObject<ConfigMap>().Data!["key"]);
    }

    /// <summary>After each write, waiting for its resourceVersion makes a GET and a LIST see it.</summary>
    public static async Task ReadAfterWriteSeesTheWriteAsync(ReadModelHarness harness, int writes = 40)
    {
        var projection = await harness.StartProjectionAsync();
        var view = projection.View;
        var map = TestObjects.ConfigMap("counter", value: "0");
        await harness.Writer.CreateAsync(map);
        for (var i = 1; i <= writes; i++)
        {
            var rv = await harness.Writer.UpdateAsync(map with { Data = new Dictionary<string, string> { ["key"] = $"{i}" } });

            Assert.True(await view.WaitForResourceVersionAsync(rv, ReadModelHarness.Patience, CancellationToken.None));
            var read = view.Get(ResourceKinds.ConfigMap, "default", "counter")!;
            Assert.Equal(rv, read.ResourceVersion);
            Assert.Equal($"{i}", read.ToObject<ConfigMap>().Data!["key"]);
            Assert.Equal($"{rv}", read.ToObject().Metadata.ResourceVersion);
            var listed = await view.ListAsync(new ListRequest(ResourceKinds.ConfigMap), CancellationToken.None);
            Assert.True(listed.ResourceVersion >= rv);
            Assert.Equal(rv, Assert.Single(listed.Items).ResourceVersion);
        }
    }
}
