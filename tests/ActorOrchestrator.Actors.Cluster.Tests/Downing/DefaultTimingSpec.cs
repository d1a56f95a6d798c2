using ActorOrchestrator.Actors.Cluster.Downing;
using ActorOrchestrator.Actors.Cluster.FailureDetection;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Tests.Support;
using Xunit.Abstractions;
using static ActorOrchestrator.Actors.Cluster.Tests.Support.Nodes;

namespace ActorOrchestrator.Actors.Cluster.Tests.Downing;

/// <summary>
/// Runs the pure pieces together on virtual time, the way the leader of a three-member cluster uses them:
/// heartbeat answers from B and C about every second (with jitter), the reaper every 0.5 s marking members
/// the detector gave up on, the stable-after window, and the split-brain resolver downing what it decides.
/// </summary>
public sealed class DefaultTimingSpec(ITestOutputHelper output)
{
    private static readonly ClusterSettings Settings = ClusterSettings.Default;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    [Theory]
    [InlineData(0.01, 1)]
    [InlineData(0.25, 2)]
    [InlineData(0.5, 3)]
    [InlineData(0.75, 4)]
    [InlineData(0.99, 5)]
    public void A_member_killed_with_sigkill_is_down_within_10_seconds_with_the_defaults(double killAfterLastAnswer, int seed)
    {
        var run = Simulate(killAfterLastAnswer, seed);

        Assert.NotNull(run.DownAfter);
        output.WriteLine($"killed {killAfterLastAnswer:0.00} s after its last answer: Down {run.DownAfter.Value.TotalSeconds:0.00} s later");
        Assert.InRange(run.DownAfter!.Value, Settings.SplitBrainResolver.StableAfter, TimeSpan.FromSeconds(10));
        Assert.Equal(MemberStatus.Up, run.Final.Gossip.MemberOf(B)!.Status);
        Assert.Equal(MemberStatus.Up, run.Final.Gossip.MemberOf(A)!.Status);
    }

    [Fact]
    public void Ordinary_heartbeat_jitter_never_marks_anyone_unreachable()
    {
        var run = Simulate(killAfterLastAnswer: null, seed: 7);

        Assert.Null(run.DownAfter);
        Assert.Empty(run.Final.UnreachableMembers());
    }

    private static (TimeSpan? DownAfter, MembershipState Final) Simulate(double? killAfterLastAnswer, int seed)
    {
        var clock = new ManualTimeProvider();
        var random = new Random(seed);
        var start = MonotonicClock.Now(clock);
        Member[] members = [Up(A, 1), Up(B, 2), Up(C, 3)];
        var state = new MembershipState(SeenByAll(A, members), A);
        var registry = new FailureDetectorRegistry(Settings.FailureDetector);
        var stability = DowningStability.Start(members, [], start);
        var nextAnswer = new Dictionary<UniqueAddress, TimeSpan> { [B] = start, [C] = start + TimeSpan.FromMilliseconds(400) };
        var nextReap = start + TimeSpan.FromMilliseconds(130);
        TimeSpan? killedAt = null;

        for (var now = start; now < start + TimeSpan.FromSeconds(90); clock.Advance(Step), now = MonotonicClock.Now(clock))
        {
            foreach (var node in nextAnswer.Keys.ToList())
            {
                if (now < nextAnswer[node] || (node == C && killedAt is not null))
                {
                    continue;
                }
                registry = registry.Heartbeat(node, now);
                nextAnswer[node] = now + Settings.FailureDetector.HeartbeatInterval + TimeSpan.FromMilliseconds(random.Next(-40, 41));
                if (node == C && killAfterLastAnswer is { } after && now >= start + TimeSpan.FromSeconds(60))
                {
                    killedAt = now + TimeSpan.FromSeconds(after);
                }
            }
            if (now < nextReap)
            {
                continue;
            }
            nextReap += Settings.FailureDetector.ReaperInterval;
            state = state.MarkUnreachable(registry.Unavailable(now));
            var unreachable = state.UnreachableMembers().Select(m => m.UniqueAddress);
            stability = stability.Observe(state.Gossip.Members.Values, unreachable, now, Settings.SplitBrainResolver);
            var decision = SplitBrainResolver.Resolve(state, stability.Evaluate(now, Settings.SplitBrainResolver), Settings.SplitBrainResolver);
            state = decision.ToDown.Aggregate(state, (current, node) => current.Down(node));
            if (state.Gossip.MemberOf(C)!.Status == MemberStatus.Down)
            {
                return (now - killedAt!.Value, state);
            }
        }
        return (null, state);
    }
}
