using System.Reflection;
using System.Text.RegularExpressions;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Tests;

public sealed class AoCommandLineSpec
{
    public static TheoryData<string> NotReadyVerbs => ["node"];

    private static Task<AoResult> RunAsync(params string[] arguments) => AoProcess.RunAsync(arguments, Path.GetTempPath());

    [Fact]
    public async Task Help_lists_every_verb_with_a_one_line_description()
    {
        var result = await RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "up", "node", "config", "apply", "get", "describe", "delete", "logs", "scale", "rollout" })
        {
            Assert.Matches(new Regex($@"^\s+{verb}( <[A-Z]+>)*\s{{2,}}\S.+$", RegexOptions.Multiline), result.Output);
        }
    }

    [Fact]
    public async Task Version_prints_the_product_version()
    {
        var expected = typeof(AoCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = await RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", expected);
    }

    [Theory]
    [MemberData(nameof(NotReadyVerbs))]
    public async Task A_verb_that_is_not_ready_says_so_on_stderr_and_fails(string verb)
    {
        var result = await RunAsync(verb, "pods", "--all-namespaces");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"ao {verb}: not available yet in this version", result.Error.Trim());
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("get", "pods")]
    [InlineData("apply", "-f", "x.yaml")]
    [InlineData("logs", "web-1")]
    public async Task A_client_verb_without_a_kubeconfig_says_where_it_looked_and_how_to_get_one(params string[] arguments)
    {
        var directory = Directory.CreateTempSubdirectory("ao-client-").FullName;
        try
        {
            var result = await AoProcess.RunAsync(arguments, directory, new Dictionary<string, string> { ["KUBECONFIG"] = "" });

            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"no kubeconfig at {Path.Combine(directory, "ao-data", "kubeconfig")}", result.Error);
            Assert.Contains("ao up", result.Error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_client_verb_whose_server_refuses_the_connection_says_so_as_kubectl_does()
    {
        var result = await RunAsync("get", "pods", "--server", "http://127.0.0.1:1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?", result.Error.Trim());
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        var result = await RunAsync("frobnicate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error);
    }
}
