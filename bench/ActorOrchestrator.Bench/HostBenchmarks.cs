using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Journal;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Events;

namespace ActorOrchestrator.Bench;

/// <summary>
/// The whole product as a user starts it (<c>ao up</c> as a process, loopback): cold start to /readyz; restart with
/// 100,000 stored ConfigMaps to /readyz; resident memory idle and with 10,000 pod objects (bound to nodes that are not
/// this agent's, so the control plane is measured, not 10,000 processes); and a 100-replica Deployment from the POST
/// to all pods Running as real processes.
/// </summary>
internal sealed class HostBenchmarks : IBenchmarkSuite
{
    private const int Runs = 3;
    private const int StoredObjects = 100_000;
    private const int MemoryPods = 10_000;
    private const int Replicas = 100;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public string Name => "host";

    public async Task RunAsync(BenchmarkReport report, CancellationToken cancellationToken)
    {
        var root = Directory.CreateTempSubdirectory("ao-bench-host-").FullName;
        try
        {
            var idleRss = new List<double>();
            var cold = await BenchmarkReport.MedianAsync(Runs, async () =>
            {
                var data = Path.Combine(root, $"cold-{Guid.NewGuid():N}");
                await using var ao = HostAoProcess.Start(data);
                var ready = await ao.WaitUntilReadyAsync(Patience);
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                idleRss.Add(ao.ResidentMegabytes());
                return ready.TotalSeconds;
            });
            report.Add(Result("ao up cold start (new data dir) to /readyz", cold, "s", "< 2", cold < 2));
            var idle = Median(idleRss);
            report.Add(Result("resident memory, idle, 5 s after ready", idle, "MB", "< 150", idle < 150));

            var restart = await RestartWithStoredObjectsAsync(Path.Combine(root, "stored"), cancellationToken);
            report.Add(Result($"restart with {StoredObjects:N0} stored ConfigMaps to /readyz", restart, "s", "< 3", restart < 3));

            var withPods = await MemoryWithPodsAsync(Path.Combine(root, "pods"), cancellationToken);
            report.Add(Result($"resident memory with {MemoryPods:N0} pod objects (other nodes' pods, no processes)", withPods, "MB", "-", null));

            var running = await DeploymentToRunningAsync(Path.Combine(root, "deployment"), cancellationToken);
            report.Add(Result($"POST of a {Replicas}-replica Deployment to all pods Running", running, "s", "< 2", running < 2));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Writes the objects straight to the journal, lets a first ao build and checkpoint its view, then times restarts.</summary>
    private static async Task<double> RestartWithStoredObjectsAsync(string data, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data);
        await WriteObjectsAsync(data, Enumerable.Range(0, StoredObjects).Select(ConfigMap), cancellationToken);
        await using (var first = HostAoProcess.Start(data))
        {
            await first.WaitUntilReadyAsync(Patience);
        }
        return await BenchmarkReport.MedianAsync(Runs, async () =>
        {
            await using var ao = HostAoProcess.Start(data);
            return (await ao.WaitUntilReadyAsync(Patience)).TotalSeconds;
        });
    }

    private static async Task<double> MemoryWithPodsAsync(string data, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data);
        await WriteObjectsAsync(data, Enumerable.Range(0, MemoryPods).Select(index => (IKubernetesObject)ReadModelBenchPods.Running(index, 100)), cancellationToken);
        var samples = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            await using var ao = HostAoProcess.Start(data);
            await ao.WaitUntilReadyAsync(Patience);
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            samples.Add(ao.ResidentMegabytes());
        }
        return Median(samples);
    }

    /// <summary>Times a 100-replica Deployment from its POST until the pod list shows all Running; deletes it and waits for every pod to go.</summary>
    private static async Task<double> DeploymentToRunningAsync(string data, CancellationToken cancellationToken)
    {
        await using var ao = HostAoProcess.Start(data);
        await ao.WaitUntilReadyAsync(Patience);
        using var http = new HttpClient { BaseAddress = ao.Api, Timeout = TimeSpan.FromSeconds(30) };
        var samples = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var name = $"bench-{run}";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using (var created = await http.PostAsJsonAsync("apis/apps/v1/namespaces/default/deployments", Deployment(name), cancellationToken))
            {
                created.EnsureSuccessStatusCode();
            }
            await WaitForPodsAsync(http, name, count => count.Running == Replicas, cancellationToken);
            samples.Add(clock.Elapsed.TotalSeconds);
            using (var deleted = await http.DeleteAsync($"apis/apps/v1/namespaces/default/deployments/{name}", cancellationToken))
            {
                deleted.EnsureSuccessStatusCode();
            }
            await WaitForPodsAsync(http, name, count => count.Total == 0, cancellationToken);
        }
        return Median(samples);
    }

    private static async Task WaitForPodsAsync(HttpClient http, string app, Func<(int Total, int Running), bool> done, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var list = await http.GetFromJsonAsync<JsonObject>($"api/v1/namespaces/default/pods?labelSelector=app%3D{app}", cancellationToken);
            var items = list?["items"]?.AsArray() ?? [];
            var running = items.Count(pod => (string?)pod?["status"]?["phase"] == "Running");
            if (done((items.Count, running)))
            {
                return;
            }
            await Task.Delay(20, cancellationToken);
        }
        throw new TimeoutException($"the pods of {app} did not reach the expected state within {Patience}");
    }

    private static JsonObject Deployment(string name) => JsonNode.Parse("""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"NAME"},
         "spec":{"replicas":REPLICAS,"selector":{"matchLabels":{"app":"NAME"}},
          "strategy":{"rollingUpdate":{"maxSurge":"100%"}},
          "template":{"metadata":{"labels":{"app":"NAME"}},
           "spec":{"terminationGracePeriodSeconds":1,"containers":[{"name":"main","image":"busybox","command":["sleep","3600"]}]}}}}
        """.Replace("NAME", name, StringComparison.Ordinal).Replace("REPLICAS", Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))!.AsObject();

    private static IKubernetesObject ConfigMap(int index) => new ConfigMap
    {
        Metadata = new ObjectMeta
        {
            Name = $"settings-{index:000000}",
            Namespace = "default",
            Uid = Guid.NewGuid().ToString(),
            CreationTimestamp = DateTimeOffset.UtcNow,
            Labels = new Dictionary<string, string> { ["app"] = $"app-{index % 100}" },
        },
        Data = new Dictionary<string, string> { ["mode"] = "production", ["index"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static async Task WriteObjectsAsync(string data, IEnumerable<IKubernetesObject> objects, CancellationToken cancellationToken)
    {
        var registry = ResourceEvents.Register(new EventTypeRegistryBuilder()).Build();
        await using var store = await SqlPersistence.OpenAsync(SqlPersistenceSettings.Default, data, registry, null, null, cancellationToken);
        await Parallel.ForEachAsync(objects.Chunk(1_000), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (chunk, cancel) =>
        {
            var writes = chunk.Select(item => new AtomicWrite(new PersistentEvent(
                ResourceKey.Of(item).PersistenceId, 1, new ObjectCreated(ResourceEventObject.ToEventJson(item)), "bench"))).ToList();
            var results = await store.Journal.WriteMessagesAsync(writes, cancel);
            if (results.FirstOrDefault(result => result.IsRejected) is { } rejected)
            {
                throw new InvalidOperationException($"an object was not stored: {rejected.Rejection!.Message}");
            }
        });
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private BenchmarkResult Result(string measurement, double median, string unit, string target, bool? met) =>
        new(Name, measurement, median, unit, target, met);
}
