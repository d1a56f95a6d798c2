using System.Diagnostics;

namespace ActorOrchestrator.Host.Tests.EndToEnd;

/// <summary>Runs the real kubectl on PATH with a given kubeconfig.</summary>
internal static class Kubectl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<AoResult> RunAsync(string kubeconfig, params string[] arguments)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["KUBECONFIG"] = kubeconfig;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kubectl {string.Join(' ', arguments)} did not finish within {Timeout}");
        }
        return new AoResult(process.ExitCode, await output, await error);
    }

    /// <summary>Runs kubectl and fails, showing what it printed, unless it exits 0.</summary>
    public static async Task<string> SucceedAsync(string kubeconfig, params string[] arguments)
    {
        var result = await RunAsync(kubeconfig, arguments);
        Assert.True(result.ExitCode == 0, $"kubectl {string.Join(' ', arguments)} exited {result.ExitCode}\nstdout:\n{result.Output}\nstderr:\n{result.Error}");
        return result.Output;
    }
}
