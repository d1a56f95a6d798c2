using System.Diagnostics;

namespace ActorOrchestrator.Host.Tests;

/// <summary>What a run of the real <c>ao</c> executable printed and returned.</summary>
internal sealed record AoResult(int ExitCode, string Output, string Error);

/// <summary>Runs the built <c>ao</c> (copied next to the tests) as a child process with a controlled environment.</summary>
internal static class AoProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<AoResult> RunAsync(
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(Path.Combine(AppContext.BaseDirectory, "ao.dll"), arguments, workingDirectory, environment);

    /// <summary>Runs an <c>ao.dll</c> from another place, e.g. a copy without the files that sit next to the build.</summary>
    public static async Task<AoResult> RunAsync(
        string aoDll,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(aoDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(key => key.StartsWith("AO_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ao did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ao {string.Join(' ', start.ArgumentList.Skip(1))} did not finish within {Timeout}");
        }

        return new AoResult(process.ExitCode, await output, await error);
    }
}
