using System.Collections.Immutable;
using ActorOrchestrator.Actors.Cluster.Membership;

namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>
/// The stable-after window over monotonic time stamps. Every change of membership (a member or its status) or
/// of the unreachable set restarts the window; the strategy may decide once nothing changed for stable-after.
/// Instability starts with a change of the unreachable set and lasts until the situation has been unchanged
/// for stable-after; when it lasts stable-after plus down-all-when-unstable (flapping reachability that never
/// settles), every member is downed, because no side can be trusted to have a consistent view. Immutable.
/// </summary>
public sealed record DowningStability
{
    private DowningStability(ImmutableSortedDictionary<UniqueAddress, MemberStatus> members, ImmutableSortedSet<UniqueAddress> unreachable, TimeSpan now)
    {
        Members = members;
        Unreachable = unreachable;
        LastChangeAt = now;
    }

    /// <summary>The membership last observed.</summary>
    public ImmutableSortedDictionary<UniqueAddress, MemberStatus> Members { get; private init; }

    /// <summary>The unreachable members last observed.</summary>
    public ImmutableSortedSet<UniqueAddress> Unreachable { get; private init; }

    /// <summary>When membership or reachability last changed.</summary>
    public TimeSpan LastChangeAt { get; private init; }

    /// <summary>When the current run of reachability changes began; null while stable.</summary>
    public TimeSpan? UnstableSince { get; private init; }

    /// <summary>Starts observing at <paramref name="now"/>.</summary>
    public static DowningStability Start(IEnumerable<Member> members, IEnumerable<UniqueAddress> unreachable, TimeSpan now)
    {
        var observed = new DowningStability(Snapshot(members), [.. unreachable], now);
        return observed.Unreachable.IsEmpty ? observed : observed with { UnstableSince = now };
    }

    /// <summary>This window after looking at the membership again at <paramref name="now"/>.</summary>
    public DowningStability Observe(IEnumerable<Member> members, IEnumerable<UniqueAddress> unreachable, TimeSpan now, SplitBrainResolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var snapshot = Snapshot(members);
        var unreachableNow = unreachable.ToImmutableSortedSet();
        var reachabilityChanged = !unreachableNow.SetEquals(Unreachable);
        var membershipChanged = !snapshot.SequenceEqual(Members);
        if (reachabilityChanged || membershipChanged)
        {
            return this with
            {
                Members = snapshot,
                Unreachable = unreachableNow,
                LastChangeAt = now,
                UnstableSince = reachabilityChanged ? UnstableSince ?? now : UnstableSince,
            };
        }
        return UnstableSince is not null && now - LastChangeAt >= settings.StableAfter ? this with { UnstableSince = null } : this;
    }

    /// <summary>What to do at <paramref name="now"/> (observe first, so the window is current).</summary>
    public StabilityVerdict Evaluate(TimeSpan now, SplitBrainResolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (Unreachable.IsEmpty)
        {
            return StabilityVerdict.Healthy;
        }
        if (now - LastChangeAt >= settings.StableAfter)
        {
            return StabilityVerdict.Decide;
        }
        return settings.EffectiveDownAllWhenUnstable is { } tolerance && UnstableSince is { } since && now - since >= settings.StableAfter + tolerance
            ? StabilityVerdict.DownAllUnstable
            : StabilityVerdict.Waiting;
    }

    private static ImmutableSortedDictionary<UniqueAddress, MemberStatus> Snapshot(IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.ToImmutableSortedDictionary(static m => m.UniqueAddress, static m => m.Status);
    }
}
