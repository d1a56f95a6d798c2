using System.Diagnostics;

namespace ActorOrchestrator.Gateway.Tests.Fixtures;

/// <summary>
/// Runs the real <c>kubectl</c> on PATH (the dispatcher that picks the versioned kubectl by our /version) against a
/// gateway, with its own kubeconfig, HOME and discovery cache in a temp directory.
/// </summary>
internal sealed class Kubectl : IDisposable
{
    private readonly string _home;
    private readonly string _kubeconfig;

    public Kubectl(Uri server)
    {
        _home = Directory.CreateTempSubdirectory("ao-kubectl-").FullName;
        _kubeconfig = Path.Combine(_home, "kubeconfig");
        File.WriteAllText(_kubeconfig, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: ao
              cluster:
                server: {server.GetLeftPart(UriPartial.Authority)}
            users:
            - name: ao
              user: {"{}"}
            contexts:
            - name: ao
              context:
                cluster: ao
                user: ao
                namespace: default
            current-context: ao
            """);
    }

    /// <summary>Writes a manifest file in the temp directory and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(_home, name);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<KubectlResult> RunAsync(params string[] arguments) => RunWithAsync("kubectl", arguments);

    /// <summary>Runs one versioned kubectl shipped beside the dispatcher (<c>kubectl.1.32</c>), bypassing its choice.</summary>
    public Task<KubectlResult> RunVersionAsync(string minor, params string[] arguments)
    {
        var dispatcher = new FileInfo("/usr/bin/kubectl").ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "/usr/bin/kubectl";
        return RunWithAsync(Path.Combine(Path.GetDirectoryName(dispatcher)!, $"kubectl.{minor}"), arguments);
    }

    private async Task<KubectlResult> RunWithAsync(string executable, string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--kubeconfig");
        start.ArgumentList.Add(_kubeconfig);
        start.ArgumentList.Add("--cache-dir");
        start.ArgumentList.Add(Path.Combine(_home, "cache"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = _home;
        start.Environment["KUBECONFIG"] = _kubeconfig;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', arguments)} did not finish in 60 s");
        }

        return new KubectlResult(process.ExitCode, await output, await error);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);
}
