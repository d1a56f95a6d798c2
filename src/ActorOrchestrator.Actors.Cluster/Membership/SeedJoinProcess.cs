using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// How a member finds its way into a cluster, as a pure state machine driven by answers and clock ticks
/// (monotonic time). The member asks every other seed node (InitJoin) and joins the first that answers
/// InitJoinAck; without an answer it asks again every seed-node-timeout and reports that it is still trying.
/// Only the FIRST listed seed may start a new cluster alone: when no seed answered within seed-node-timeout,
/// or at once when every other seed answered that it is not in a cluster, so two clusters never form by
/// accident. A member with no other seed to ask starts a cluster at once. A Join not answered by Welcome within
/// retry-unsuccessful-join-after starts the discovery over.
/// </summary>
public sealed record SeedJoinProcess
{
    /// <summary>The first seed asks again this often (never less often than seed-node-timeout) until it forms a cluster alone.</summary>
    // InitJoin goes out again every second (at most every seed-node-timeout), so a joiner that asked before the first
    // seed formed the cluster joins a second later instead of a whole seed-node-timeout later.
    private static readonly TimeSpan MaxResendInterval = TimeSpan.FromSeconds(1);

    private SeedJoinProcess(NodeAddress self, ImmutableArray<NodeAddress> seeds, ClusterSettings settings, TimeSpan now)
    {
        Self = self;
        Seeds = seeds;
        SeedNodeTimeout = settings.SeedNodeTimeout;
        RetryUnsuccessfulJoinAfter = settings.RetryUnsuccessfulJoinAfter;
        StartedAt = now;
        NextReportAt = now + settings.SeedNodeTimeout;
    }

    public NodeAddress Self { get; }

    /// <summary>The seed nodes in configured order.</summary>
    public ImmutableArray<NodeAddress> Seeds { get; }

    public TimeSpan SeedNodeTimeout { get; }

    public TimeSpan RetryUnsuccessfulJoinAfter { get; }

    public TimeSpan StartedAt { get; }

    public SeedJoinPhase Phase { get; private init; }

    /// <summary>Rounds of InitJoin sent so far.</summary>
    public int Attempts { get; private init; }

    /// <summary>When the next round of InitJoin is due (Discovering).</summary>
    public TimeSpan NextInitJoinAt { get; private init; }

    /// <summary>When a member still discovering next says so in its log (every seed-node-timeout).</summary>
    public TimeSpan NextReportAt { get; private init; }

    /// <summary>When the first seed gives up waiting and starts a cluster alone; null on every other member.</summary>
    public TimeSpan? FormAloneAt { get; private init; }

    /// <summary>The seed the last Join went to.</summary>
    public NodeAddress? JoinTarget { get; private init; }

    /// <summary>When a Join without Welcome is given up (Joining).</summary>
    public TimeSpan JoinDeadline { get; private init; }

    /// <summary>Seeds that answered InitJoinNack (counted by the first seed only).</summary>
    public ImmutableSortedSet<NodeAddress> Declined { get; private init; } = [];

    public bool IsFirstSeed => !Seeds.IsEmpty && Seeds[0] == Self;

    /// <summary>The seeds to ask: every listed seed except this member.</summary>
    public ImmutableArray<NodeAddress> OtherSeeds => [.. Seeds.Where(seed => seed != Self)];

    private TimeSpan ResendInterval => MaxResendInterval < SeedNodeTimeout ? MaxResendInterval : SeedNodeTimeout;

    /// <summary>Starts joining with the seed nodes of <paramref name="settings"/>.</summary>
    public static SeedJoinStep Start(NodeAddress self, ClusterSettings settings, TimeSpan now)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(settings);
        var process = new SeedJoinProcess(self, settings.SeedNodes, settings, now);
        if (process.OtherSeeds.IsEmpty)
        {
            var reason = settings.SeedNodes.IsEmpty ? "no seed nodes are configured" : "this member is the only seed node";
            return Step(process with { Phase = SeedJoinPhase.Done }, new SeedJoinCommand.FormNewCluster(reason));
        }
        return process.Discover(now, attempts: 1, process.IsFirstSeed ? now + settings.SeedNodeTimeout : null);
    }

    /// <summary>A seed answered that it is part of a cluster: join it (only the first answer counts).</summary>
    public SeedJoinStep OnInitJoinAck(NodeAddress from, TimeSpan now)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (Phase != SeedJoinPhase.Discovering)
        {
            return Step(this);
        }
        var joining = this with { Phase = SeedJoinPhase.Joining, JoinTarget = from, JoinDeadline = now + RetryUnsuccessfulJoinAfter };
        return Step(joining, new SeedJoinCommand.SendJoin(from));
    }

    /// <summary>A seed answered that it is not part of a cluster.</summary>
    public SeedJoinStep OnInitJoinNack(NodeAddress from, TimeSpan now)
    {
        ArgumentNullException.ThrowIfNull(from);
        if (Phase != SeedJoinPhase.Discovering || !IsFirstSeed || !OtherSeeds.Contains(from))
        {
            return Step(this);
        }
        var declined = this with { Declined = Declined.Add(from) };
        return declined.Declined.Count == OtherSeeds.Length
            ? Step(declined with { Phase = SeedJoinPhase.Done }, new SeedJoinCommand.FormNewCluster("every other seed node answered that it is not part of a cluster"))
            : Step(declined);
    }

    /// <summary>The seed this member sent Join to welcomed it: the process is over.</summary>
    public SeedJoinStep OnWelcome(NodeAddress from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return Phase != SeedJoinPhase.Done && from == JoinTarget ? Step(this with { Phase = SeedJoinPhase.Done }) : Step(this);
    }

    /// <summary>Time passes: ask again, form a cluster alone (first seed only), or give up on an unanswered Join.</summary>
    public SeedJoinStep OnTick(TimeSpan now)
    {
        switch (Phase)
        {
            case SeedJoinPhase.Discovering when FormAloneAt is { } formAt && now >= formAt:
                return Step(this with { Phase = SeedJoinPhase.Done }, new SeedJoinCommand.FormNewCluster(
                    $"no other seed node answered within seed-node-timeout ({SeedNodeTimeout.TotalSeconds:0.###} s) and this member is the first seed"));
            case SeedJoinPhase.Discovering when now >= NextInitJoinAt:
                var again = Discover(now, Attempts + 1, FormAloneAt);
                return IsFirstSeed || now < NextReportAt
                    ? again
                    : again with
                    {
                        Process = again.Process with { NextReportAt = now + SeedNodeTimeout },
                        Commands = again.Commands.Add(Report(now, $"no seed node of [{string.Join(", ", OtherSeeds)}] answered InitJoin; asking again every {ResendInterval.TotalSeconds:0.###} s")),
                    };
            case SeedJoinPhase.Joining when now >= JoinDeadline:
                var restarted = Discover(now, Attempts + 1, IsFirstSeed ? now + SeedNodeTimeout : null);
                return restarted with { Commands = restarted.Commands.Add(Report(now, $"Join sent to {JoinTarget} was not answered by Welcome within {RetryUnsuccessfulJoinAfter.TotalSeconds:0.###} s; asking the seed nodes again")) };
            default:
                return Step(this);
        }
    }

    private SeedJoinStep Discover(TimeSpan now, int attempts, TimeSpan? formAloneAt)
    {
        var discovering = this with
        {
            Phase = SeedJoinPhase.Discovering,
            Attempts = attempts,
            NextInitJoinAt = now + ResendInterval,
            FormAloneAt = formAloneAt,
        };
        return Step(discovering, new SeedJoinCommand.SendInitJoin(OtherSeeds));
    }

    private SeedJoinCommand.ReportStillJoining Report(TimeSpan now, string detail) => new(Attempts, now - StartedAt, detail);

    private static SeedJoinStep Step(SeedJoinProcess process, params SeedJoinCommand[] commands) => new(process, [.. commands]);
}
