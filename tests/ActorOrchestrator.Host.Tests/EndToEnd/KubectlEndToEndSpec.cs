using System.Text.Json;

namespace ActorOrchestrator.Host.Tests.EndToEnd;

/// <summary>The whole product through the real kubectl: a deployment's processes run, restart, scale, survive a crash of ao, and go.</summary>
public sealed class KubectlEndToEndSpec : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _directory = Directory.CreateTempSubdirectory("ao-e2e-").FullName;
    private readonly string _marker = Guid.NewGuid().ToString("N")[..12];
    private AoNode? _node;

    private string Script => $"echo started {_marker}; sleep 3600";

    private string[] Argv => ["sh", "-c", Script];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
        foreach (var pid in ContainerProcesses.Find(Argv))
        {
            RunningAo.SigKill(pid);
        }
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_deployment_applied_with_kubectl_runs_real_processes_that_restart_scale_survive_a_crash_of_ao_and_go_with_it()
    {
        // Step 1: ao up, and a deployment of two replicas applied with kubectl.
        _node = await AoNode.StartAsync(Path.Combine(_directory, "data"), _directory);
        var kubeconfig = _node.Kubeconfig;
        var manifest = Path.Combine(_directory, "web.yaml");
        await File.WriteAllTextAsync(manifest, Deployment(replicas: 2));
        Assert.Contains("deployment.apps/web created", await Kubectl.SucceedAsync(kubeconfig, "apply", "-f", manifest));

        // Step 2: the rollout completes and both containers are real processes with their output in kubectl logs.
        Assert.Contains("successfully rolled out", await Kubectl.SucceedAsync(kubeconfig, "rollout", "status", "deployment/web", "--timeout=60s"));
        await ContainerProcesses.WaitForCountAsync(Argv, 2, Patience, "after apply");
        var pods = await PodNamesAsync(kubeconfig);
        Assert.Equal(2, pods.Count);
        Assert.Contains($"started {_marker}", await Kubectl.SucceedAsync(kubeconfig, "logs", pods[0]));

        // Step 3: scale to 3 and back to 1.
        await Kubectl.SucceedAsync(kubeconfig, "scale", "deployment/web", "--replicas=3");
        await ContainerProcesses.WaitForCountAsync(Argv, 3, Patience, "after scaling to 3");
        await Kubectl.SucceedAsync(kubeconfig, "scale", "deployment/web", "--replicas=1");
        var survivor = Assert.Single(await ContainerProcesses.WaitForCountAsync(Argv, 1, Patience, "after scaling to 1"));

        // Step 4: a killed container process comes back, counted as a restart.
        RunningAo.SigKill(survivor);
        var restarted = Assert.Single(await WaitForAsync(() => ContainerProcesses.Find(Argv).Where(pid => pid != survivor).ToList(), found => found.Count == 1, "a new container process"));
        await WaitForAsync(() => RestartCountAsync(kubeconfig), count => count == 1, "restartCount 1");

        // Step 5: SIGKILL of ao, a new ao on the same data dir: every object is back, the container adopted, not duplicated.
        await _node.Process.SigKillAsync();
        Assert.Equal([restarted], ContainerProcesses.Find(Argv).ToArray());
        await _node.RestartAsync(_directory);
        Assert.Contains("web", await Kubectl.SucceedAsync(kubeconfig, "get", "deployment", "web", "-o", "name"));
        Assert.Single(await PodNamesAsync(kubeconfig));
        await WaitForAsync(() => RestartCountAsync(kubeconfig), count => count == 1, "the adopted container's restartCount after the restart of ao");
        Assert.Equal([restarted], ContainerProcesses.Find(Argv).ToArray());

        // Step 6: deleting the deployment ends every process.
        await Kubectl.SucceedAsync(kubeconfig, "delete", "deployment", "web");
        await ContainerProcesses.WaitForCountAsync(Argv, 0, Patience, "after kubectl delete deployment");
        await WaitForAsync(() => PodNamesAsync(kubeconfig), names => names.Count == 0, "no pods left");
    }

    private string Deployment(int replicas) =>
        $$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web}
        spec:
          replicas: {{replicas}}
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              terminationGracePeriodSeconds: 2
              containers:
              - name: main
                image: busybox
                command: ["sh", "-c", "{{Script}}"]
        """;

    private static async Task<IReadOnlyList<string>> PodNamesAsync(string kubeconfig)
    {
        var json = await Kubectl.SucceedAsync(kubeconfig, "get", "pods", "-l", "app=web", "-o", "json");
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("items").EnumerateArray()
            .Where(pod => !pod.GetProperty("metadata").TryGetProperty("deletionTimestamp", out _))
            .Select(pod => pod.GetProperty("metadata").GetProperty("name").GetString()!)];
    }

    private static async Task<int> RestartCountAsync(string kubeconfig)
    {
        var json = await Kubectl.SucceedAsync(kubeconfig, "get", "pods", "-l", "app=web", "-o", "json");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("items").EnumerateArray()
            .Select(pod => pod.GetProperty("status").TryGetProperty("containerStatuses", out var statuses)
                ? statuses.EnumerateArray().Sum(status => status.GetProperty("restartCount").GetInt32())
                : 0)
            .DefaultIfEmpty(0)
            .Max();
    }

    private static async Task<T> WaitForAsync<T>(Func<T> probe, Func<T, bool> done, string what) =>
        await WaitForAsync(() => Task.FromResult(probe()), done, what);

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"waited {Patience.TotalSeconds} s for {what}; last saw {JsonSerializer.Serialize(value)}");
            }
            await Task.Delay(200);
        }
    }
}
