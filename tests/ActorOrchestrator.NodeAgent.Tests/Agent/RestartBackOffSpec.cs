using ActorOrchestrator.NodeAgent.Agent.Restarts;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

public sealed class RestartBackOffSpec
{
    private static readonly RestartBackOff Kubernetes = new(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

    [Fact]
    public void First_failure_restarts_at_once_then_each_wait_doubles_up_to_five_minutes()
    {
        TimeSpan? current = null;
        var waits = new List<string>();
        for (var failure = 0; failure < 8; failure++)
        {
            var step = Kubernetes.Next(current, TimeSpan.FromSeconds(1));
            waits.Add(GoDuration.Format(step.Wait));
            current = step.Next;
        }

        Assert.Equal(["0s", "10s", "20s", "40s", "1m20s", "2m40s", "5m0s", "5m0s"], waits);
    }

    [Fact]
    public void A_container_that_ran_ten_minutes_before_failing_restarts_at_once_and_backs_off_from_the_base_again()
    {
        var step = Kubernetes.Next(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.Zero, step.Wait);
        Assert.Equal(TimeSpan.FromSeconds(10), step.Next);
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(250, "250ms")]
    [InlineData(1500, "1.5s")]
    [InlineData(3_600_000, "1h0m0s")]
    [InlineData(3_723_000, "1h2m3s")]
    public void Durations_are_written_as_go_writes_them(int milliseconds, string expected) =>
        Assert.Equal(expected, GoDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Theory]
    [InlineData("Always", 0, true)]
    [InlineData("Always", 1, true)]
    [InlineData("OnFailure", 0, false)]
    [InlineData("OnFailure", 2, true)]
    [InlineData("Never", 1, false)]
    public void Restart_policy_decides_whether_an_exited_container_runs_again(string policy, int exitCode, bool restarts) =>
        Assert.Equal(restarts, RestartRules.RestartsContainer(policy, exitCode));

    [Fact]
    public void Init_containers_run_again_only_after_a_failure_and_never_under_policy_Never()
    {
        Assert.False(RestartRules.RestartsInitContainer("Always", 0));
        Assert.True(RestartRules.RestartsInitContainer("Always", 1));
        Assert.False(RestartRules.RestartsInitContainer("Never", 1));
    }
}
