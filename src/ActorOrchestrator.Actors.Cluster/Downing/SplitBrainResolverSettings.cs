namespace ActorOrchestrator.Actors.Cluster.Downing;

/// <summary>The <c>ao.cluster.split-brain-resolver</c> section; defaults equal hocon/reference.conf.</summary>
public sealed record SplitBrainResolverSettings
{
    public static SplitBrainResolverSettings Default { get; } = new();

    /// <summary>The strategy (active-strategy).</summary>
    public DowningStrategyKind ActiveStrategy { get; init; } = DowningStrategyKind.KeepMajority;

    /// <summary>How long membership and reachability must stay unchanged before a decision (stable-after).</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Whether a cluster that never becomes stable is downed entirely (down-all-when-unstable: on, off or a duration).</summary>
    public bool DownAllWhenUnstableEnabled { get; init; } = true;

    /// <summary>The explicit duration of down-all-when-unstable; null means three quarters of stable-after, at least 4 s.</summary>
    public TimeSpan? DownAllWhenUnstableAfter { get; init; }

    /// <summary>Only members with this role are counted when deciding (role); null counts everyone.</summary>
    public string? Role { get; init; }

    /// <summary>Members a side needs to survive under static-quorum (static-quorum.quorum-size); 0 means unset.</summary>
    public int StaticQuorumSize { get; init; }

    /// <summary>Under keep-oldest, whether an oldest member left alone downs itself so the others survive (keep-oldest.down-if-alone).</summary>
    public bool KeepOldestDownIfAlone { get; init; } = true;

    /// <summary>
    /// How long instability is tolerated beyond stable-after before everything is downed; null when
    /// down-all-when-unstable is off.
    /// </summary>
    public TimeSpan? EffectiveDownAllWhenUnstable =>
        !DownAllWhenUnstableEnabled ? null
        : DownAllWhenUnstableAfter ?? TimeSpan.FromTicks(Math.Max(StableAfter.Ticks * 3 / 4, TimeSpan.FromSeconds(4).Ticks));

    /// <summary>Reads a strategy name as written in configuration ("keep-majority", "static-quorum", "keep-oldest", "down-all").</summary>
    /// <exception cref="ArgumentException">The name is none of these; the message names the key.</exception>
    public static DowningStrategyKind ParseStrategy(string name) => name switch
    {
        "keep-majority" => DowningStrategyKind.KeepMajority,
        "static-quorum" => DowningStrategyKind.StaticQuorum,
        "keep-oldest" => DowningStrategyKind.KeepOldest,
        "down-all" => DowningStrategyKind.DownAll,
        _ => throw new ArgumentException(
            $"Invalid cluster setting ao.cluster.split-brain-resolver.active-strategy: '{name}' is not one of keep-majority, static-quorum, keep-oldest, down-all."),
    };
}
