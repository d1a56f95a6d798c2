using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Tests.Membership;

public sealed class SeedJoinProcessSpec
{
    private static readonly NodeAddress Seed1 = new("s1", 2552);
    private static readonly NodeAddress Seed2 = new("s2", 2552);
    private static readonly NodeAddress Seed3 = new("s3", 2552);
    private static readonly NodeAddress Joiner = new("w1", 2552);
    private static readonly ClusterSettings Settings = ClusterSettings.Default with { SeedNodes = [Seed1, Seed2, Seed3] };
    private static readonly TimeSpan T0 = TimeSpan.FromMinutes(10);

    private static TimeSpan At(double seconds) => T0 + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_joiner_asks_every_seed_and_joins_the_first_that_answers()
    {
        var start = SeedJoinProcess.Start(Joiner, Settings, T0);

        var acked = start.Process.OnInitJoinAck(Seed2, At(0.2));
        var lateAck = acked.Process.OnInitJoinAck(Seed3, At(0.3));

        Assert.Equal([new SeedJoinCommand.SendInitJoin([Seed1, Seed2, Seed3])], start.Commands, CommandComparer.Instance);
        Assert.Equal([new SeedJoinCommand.SendJoin(Seed2)], acked.Commands.ToArray());
        Assert.Equal(SeedJoinPhase.Joining, acked.Process.Phase);
        Assert.Empty(lateAck.Commands);
        Assert.Equal(Seed2, lateAck.Process.JoinTarget);
    }

    [Fact]
    public void The_process_is_over_when_the_seed_it_joined_welcomes_it()
    {
        var joining = SeedJoinProcess.Start(Joiner, Settings, T0).Process.OnInitJoinAck(Seed2, At(0.2)).Process;

        Assert.Equal(SeedJoinPhase.Joining, joining.OnWelcome(Seed3).Process.Phase);
        var welcomed = joining.OnWelcome(Seed2).Process;
        Assert.Equal(SeedJoinPhase.Done, welcomed.Phase);
        Assert.Empty(welcomed.OnTick(At(60)).Commands);
    }

    [Fact]
    public void A_member_that_is_not_the_first_seed_never_forms_a_cluster_and_keeps_asking_every_second_and_saying_so_every_seed_node_timeout()
    {
        var process = SeedJoinProcess.Start(Seed2, Settings, T0).Process;

        Assert.Empty(process.OnTick(At(0.9)).Commands);
        var commands = new List<SeedJoinCommand>();
        for (var second = 1; second <= 60; second++)
        {
            var step = process.OnTick(At(second));
            process = step.Process;
            commands.AddRange(step.Commands);
            process = process.OnInitJoinNack(Seed1, At(second)).Process.OnInitJoinNack(Seed3, At(second)).Process;
        }

        Assert.DoesNotContain(commands, c => c is SeedJoinCommand.FormNewCluster);
        Assert.Equal(60, commands.OfType<SeedJoinCommand.SendInitJoin>().Count());
        Assert.All(commands.OfType<SeedJoinCommand.SendInitJoin>(), c => Assert.Equal([Seed1, Seed3], c.To.ToArray()));
        Assert.Equal(12, commands.OfType<SeedJoinCommand.ReportStillJoining>().Count());
        var last = commands.OfType<SeedJoinCommand.ReportStillJoining>().Last();
        Assert.Equal((60, TimeSpan.FromSeconds(60)), (last.Attempts, last.Elapsed));
        Assert.Contains("s1:2552, s3:2552", last.Detail);
        Assert.Equal(61, process.Attempts);
    }

    [Fact]
    public void The_first_seed_forms_a_cluster_alone_when_no_other_seed_answers_within_the_seed_node_timeout()
    {
        var start = SeedJoinProcess.Start(Seed1, Settings, T0);
        var process = start.Process;
        var resent = 0;
        for (var second = 1; second < 5; second++)
        {
            var step = process.OnTick(At(second));
            resent += step.Commands.OfType<SeedJoinCommand.SendInitJoin>().Count();
            Assert.DoesNotContain(step.Commands, c => c is SeedJoinCommand.FormNewCluster);
            process = step.Process;
        }

        var formed = process.OnTick(At(5));

        Assert.Equal([new SeedJoinCommand.SendInitJoin([Seed2, Seed3])], start.Commands, CommandComparer.Instance);
        Assert.Equal(4, resent);
        var form = Assert.IsType<SeedJoinCommand.FormNewCluster>(Assert.Single(formed.Commands));
        Assert.Contains("first seed", form.Reason);
        Assert.Equal(SeedJoinPhase.Done, formed.Process.Phase);
    }

    [Fact]
    public void The_first_seed_forms_a_cluster_at_once_when_every_other_seed_says_it_is_in_none()
    {
        var process = SeedJoinProcess.Start(Seed1, Settings, T0).Process;

        var oneNack = process.OnInitJoinNack(Seed2, At(0.1));
        var bothNacked = oneNack.Process.OnInitJoinNack(Seed3, At(0.2));

        Assert.Empty(oneNack.Commands);
        Assert.IsType<SeedJoinCommand.FormNewCluster>(Assert.Single(bothNacked.Commands));
    }

    [Fact]
    public void A_restarted_first_seed_joins_the_running_cluster_instead_of_forming_a_second_one()
    {
        var process = SeedJoinProcess.Start(Seed1, Settings, T0).Process;

        var acked = process.OnInitJoinNack(Seed2, At(0.1)).Process.OnInitJoinAck(Seed3, At(0.2));
        var later = acked.Process.OnTick(At(5)).Process.OnInitJoinNack(Seed2, At(5));

        Assert.Equal([new SeedJoinCommand.SendJoin(Seed3)], acked.Commands.ToArray());
        Assert.DoesNotContain(later.Commands, c => c is SeedJoinCommand.FormNewCluster);
    }

    [Fact]
    public void A_join_without_welcome_starts_the_discovery_over_after_the_retry_time()
    {
        var joining = SeedJoinProcess.Start(Joiner, Settings, T0).Process.OnInitJoinAck(Seed2, At(1)).Process;

        Assert.Empty(joining.OnTick(At(10.9)).Commands);
        var retry = joining.OnTick(At(11));

        Assert.Equal(SeedJoinPhase.Discovering, retry.Process.Phase);
        Assert.Contains(retry.Commands, c => c is SeedJoinCommand.SendInitJoin);
        Assert.Contains("was not answered by Welcome", Assert.Single(retry.Commands.OfType<SeedJoinCommand.ReportStillJoining>()).Detail);
        Assert.Equal([new SeedJoinCommand.SendJoin(Seed3)], retry.Process.OnInitJoinAck(Seed3, At(11.5)).Commands.ToArray());
    }

    [Theory]
    [InlineData(new string[0], "no seed nodes are configured")]
    [InlineData(new[] { "w1:2552" }, "only seed node")]
    public void A_member_with_no_other_seed_forms_a_cluster_at_once(string[] seeds, string reason)
    {
        var settings = Settings with { SeedNodes = [.. seeds.Select(NodeAddress.Parse)] };

        var start = SeedJoinProcess.Start(Joiner, settings, T0);

        Assert.Contains(reason, Assert.IsType<SeedJoinCommand.FormNewCluster>(Assert.Single(start.Commands)).Reason);
        Assert.Equal(SeedJoinPhase.Done, start.Process.Phase);
    }

    [Fact]
    public void A_seed_listed_after_the_first_is_not_allowed_to_form_a_cluster_even_when_it_lists_only_itself_and_others()
    {
        var process = SeedJoinProcess.Start(Seed3, Settings, T0).Process;

        Assert.False(process.IsFirstSeed);
        Assert.Null(process.FormAloneAt);
        Assert.Empty(process.OnInitJoinNack(Seed1, At(1)).Process.OnInitJoinNack(Seed2, At(1)).Commands);
    }

    /// <summary>Compares commands by content (records holding arrays compare them by reference).</summary>
    private sealed class CommandComparer : IEqualityComparer<SeedJoinCommand>
    {
        public static readonly CommandComparer Instance = new();

        public bool Equals(SeedJoinCommand? x, SeedJoinCommand? y) => (x, y) switch
        {
            (SeedJoinCommand.SendInitJoin a, SeedJoinCommand.SendInitJoin b) => a.To.SequenceEqual(b.To),
            _ => Equals(x, y),
        };

        public int GetHashCode(SeedJoinCommand obj) => obj.GetType().GetHashCode();
    }
}
