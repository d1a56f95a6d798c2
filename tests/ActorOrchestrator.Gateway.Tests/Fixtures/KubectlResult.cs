namespace ActorOrchestrator.Gateway.Tests.Fixtures;

internal sealed record KubectlResult(int ExitCode, string Output, string Error)
{
    public KubectlResult Succeeded()
    {
        Assert.True(ExitCode == 0, $"kubectl exited {ExitCode}\nstdout: {Output}\nstderr: {Error}");
        return this;
    }

    public KubectlResult Failed()
    {
        Assert.True(ExitCode != 0, $"kubectl should have failed\nstdout: {Output}\nstderr: {Error}");
        return this;
    }
}
