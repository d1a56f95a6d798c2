using System.Text.RegularExpressions;

namespace ActorOrchestrator.Host.Tests.EndToEnd;

/// <summary>The same flows through ao's own client verbs, against a real <c>ao up</c>.</summary>
public sealed partial class AoVerbsEndToEndSpec : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _directory = Directory.CreateTempSubdirectory("ao-verbs-").FullName;
    private readonly string _marker = Guid.NewGuid().ToString("N")[..12];
    private AoNode? _node;

    private string Script => $"echo hello {_marker}; sleep 3600";

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
    public async Task Ao_verbs_apply_watch_the_rollout_list_describe_log_scale_and_delete_like_kubectl()
    {
        _node = await AoNode.StartAsync(Path.Combine(_directory, "data"), _directory);
        var manifest = Path.Combine(_directory, "app.yaml");
        await File.WriteAllTextAsync(manifest, Deployment(replicas: 1));

        Assert.Equal("deployment.apps/app created", (await SucceedAsync("apply", "-f", manifest)).Trim());
        Assert.Equal("deployment.apps/app unchanged", (await SucceedAsync("apply", "-f", manifest)).Trim());
        Assert.Contains("deployment \"app\" successfully rolled out", await SucceedAsync("rollout", "status", "deployment/app", "--timeout", "00:01:00"));
        await ContainerProcesses.WaitForCountAsync(Argv, 1, Patience, "after ao apply");

        var pods = await SucceedAsync("get", "pods", "-l", "app=app");
        Assert.Matches(HeaderOfPods(), pods);
        var pod = PodName().Match(pods).Value;
        Assert.Contains($"hello {_marker}", await SucceedAsync("logs", pod));
        Assert.Equal($"pod/{pod}", (await SucceedAsync("get", "po", pod, "-o", "name")).Trim());

        await File.WriteAllTextAsync(manifest, Deployment(replicas: 2));
        Assert.Equal("deployment.apps/app configured", (await SucceedAsync("apply", "-f", manifest)).Trim());
        await ContainerProcesses.WaitForCountAsync(Argv, 2, Patience, "after ao apply of 2 replicas");
        Assert.Equal("deployment.apps/app scaled", (await SucceedAsync("scale", "deploy", "app", "--replicas", "1")).Trim());
        await ContainerProcesses.WaitForCountAsync(Argv, 1, Patience, "after ao scale to 1");

        var described = await SucceedAsync("describe", "deployment", "app");
        Assert.Matches(@"(?m)^Name:\s+app$", described);
        Assert.Matches(@"(?m)^Replicas:\s+1 desired", described);
        Assert.Contains("ScalingReplicaSet", described);

        var missing = await AoAsync("get", "deployment", "nope");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("Error from server (NotFound): deployments.apps \"nope\" not found", missing.Error.Trim());

        Assert.Equal("deployment.apps \"app\" deleted", (await SucceedAsync("delete", "deployment", "app")).Trim());
        await ContainerProcesses.WaitForCountAsync(Argv, 0, Patience, "after ao delete");
    }

    private Task<AoResult> AoAsync(params string[] arguments) =>
        AoProcess.RunAsync([.. arguments, "--kubeconfig", _node!.Kubeconfig], _directory);

    private async Task<string> SucceedAsync(params string[] arguments)
    {
        var result = await AoAsync(arguments);
        Assert.True(result.ExitCode == 0, $"ao {string.Join(' ', arguments)} exited {result.ExitCode}\nstdout:\n{result.Output}\nstderr:\n{result.Error}");
        return result.Output;
    }

    private string Deployment(int replicas) =>
        $$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: app
        spec:
          replicas: {{replicas}}
          selector:
            matchLabels: {app: app}
          template:
            metadata:
              labels: {app: app}
            spec:
              terminationGracePeriodSeconds: 2
              containers:
              - name: main
                image: busybox
                command: ["sh", "-c", "{{Script}}"]
        """;

    [GeneratedRegex(@"^NAME\s{3,}READY\s{3,}STATUS\s{3,}RESTARTS\s{3,}AGE")]
    private static partial Regex HeaderOfPods();

    [GeneratedRegex(@"app-[a-z0-9]+-[a-z0-9]{5}")]
    private static partial Regex PodName();
}
