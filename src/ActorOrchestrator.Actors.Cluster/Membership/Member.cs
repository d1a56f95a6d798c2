using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.Membership;

/// <summary>
/// A member of the cluster as the gossip knows it. Immutable: a status change returns a new member and only
/// the transitions of <see cref="MemberTransitions"/> are possible. Members sort by address; age is a separate
/// order (<see cref="AgeOrder"/>). Two members are equal when every field is equal.
/// </summary>
public sealed class Member : IEquatable<Member>, IComparable<Member>
{
    /// <summary>The up-number of a member that has not been Up yet: it sorts after every Up member.</summary>
    public const int NotUpYet = int.MaxValue;

    private Member(UniqueAddress uniqueAddress, MemberStatus status, ImmutableSortedSet<string> roles, int upNumber, string? appVersion)
    {
        UniqueAddress = uniqueAddress;
        Status = status;
        Roles = roles;
        UpNumber = upNumber;
        AppVersion = appVersion;
    }

    /// <summary>Orders members oldest first: lowest up-number, then address.</summary>
    public static IComparer<Member> AgeOrder { get; } = Comparer<Member>.Create(static (a, b) =>
    {
        var byAge = a.UpNumber.CompareTo(b.UpNumber);
        return byAge != 0 ? byAge : a.UniqueAddress.CompareTo(b.UniqueAddress);
    });

    public UniqueAddress UniqueAddress { get; }

    public NodeAddress Address => UniqueAddress.Address;

    public MemberStatus Status { get; }

    public ImmutableSortedSet<string> Roles { get; }

    /// <summary>Order in which members became Up (1 = first); <see cref="NotUpYet"/> before that.</summary>
    public int UpNumber { get; }

    /// <summary>Version of the application this member runs, when it told one.</summary>
    public string? AppVersion { get; }

    /// <summary>A member that has just asked to join.</summary>
    public static Member Joining(UniqueAddress uniqueAddress, IEnumerable<string> roles, string? appVersion = null)
    {
        ArgumentNullException.ThrowIfNull(uniqueAddress);
        ArgumentNullException.ThrowIfNull(roles);
        return new Member(uniqueAddress, MemberStatus.Joining, roles.ToImmutableSortedSet(StringComparer.Ordinal), NotUpYet, appVersion);
    }

    /// <summary>A member exactly as another member described it (read from the wire).</summary>
    /// <exception cref="ArgumentException">The description cannot be a member of a gossip.</exception>
    internal static Member Restore(UniqueAddress uniqueAddress, MemberStatus status, IEnumerable<string> roles, int upNumber, string? appVersion)
    {
        if (!Enum.IsDefined(status) || status == MemberStatus.Removed)
        {
            throw new ArgumentException($"Member {uniqueAddress} has status {status}, which no member in a gossip can have.");
        }
        if (upNumber < 1)
        {
            throw new ArgumentException($"Member {uniqueAddress} has up-number {upNumber}; up-numbers start at 1.");
        }
        return new Member(uniqueAddress, status, roles.ToImmutableSortedSet(StringComparer.Ordinal), upNumber, appVersion);
    }

    public bool HasRole(string role) => Roles.Contains(role);

    public bool CanMoveTo(MemberStatus status) => MemberTransitions.IsAllowed(Status, status);

    /// <summary>This member in <paramref name="status"/>; the same member when it already is in it.</summary>
    /// <exception cref="IllegalMemberTransitionException">The life cycle does not allow the change.</exception>
    public Member WithStatus(MemberStatus status)
    {
        if (status == Status)
        {
            return this;
        }
        if (!CanMoveTo(status))
        {
            throw new IllegalMemberTransitionException(UniqueAddress, Status, status);
        }
        return new Member(UniqueAddress, status, Roles, UpNumber, AppVersion);
    }

    /// <summary>This member moved to Up as the <paramref name="upNumber"/>-th member to become Up.</summary>
    public Member MoveUp(int upNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(upNumber, 1);
        ArgumentOutOfRangeException.ThrowIfEqual(upNumber, NotUpYet);
        var up = WithStatus(MemberStatus.Up);
        return new Member(UniqueAddress, up.Status, Roles, upNumber, AppVersion);
    }

    /// <summary>Whether this member became Up before <paramref name="other"/> (address breaks ties).</summary>
    public bool IsOlderThan(Member other) => AgeOrder.Compare(this, other) < 0;

    public int CompareTo(Member? other) => other is null ? 1 : UniqueAddress.CompareTo(other.UniqueAddress);

    public bool Equals(Member? other) =>
        other is not null
        && UniqueAddress.Equals(other.UniqueAddress)
        && Status == other.Status
        && UpNumber == other.UpNumber
        && AppVersion == other.AppVersion
        && Roles.SetEquals(other.Roles);

    public override bool Equals(object? obj) => Equals(obj as Member);

    public override int GetHashCode() => HashCode.Combine(UniqueAddress, Status, UpNumber);

    public override string ToString()
    {
        var up = UpNumber == NotUpYet ? "" : $", up #{UpNumber}";
        var roles = Roles.IsEmpty ? "" : $", roles [{string.Join(", ", Roles)}]";
        var version = AppVersion is null ? "" : $", version {AppVersion}";
        return $"Member({UniqueAddress}, {Status}{up}{roles}{version})";
    }
}
