using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using ActorOrchestrator.Actors.Cluster.Sharding;
using ActorOrchestrator.Actors.Remote;
using ActorOrchestrator.Host.Settings;

namespace ActorOrchestrator.Host.Node;

/// <summary>Starts remoting and cluster membership; with no seed nodes the member forms a cluster of its own.</summary>
internal static class ClusterMember
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static Cluster Start(ActorSystem system, HostSettings settings)
    {
        var remoting = Remoting.Start(system, new ClusterMessageSerializer(new ShardingMessageSerializer(NoProductMessages.Instance)), settings.Remote);
        return Cluster.Start(system, remoting, settings.Cluster);
    }

    /// <summary>Waits until this member is Up (a lone member: within a leader tick or two).</summary>
    public static async Task WaitUntilUpAsync(Cluster cluster, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var state = await cluster.GetStateAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (state.Members.Any(member => member.UniqueAddress == cluster.SelfAddress && member.Status == MemberStatus.Up))
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"this member did not become Up in the cluster within {timeout.TotalSeconds:0} s (seed nodes: {(SeedsOf(cluster) is { Length: > 0 } seeds ? seeds : "none")})");
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        static string SeedsOf(Cluster cluster) => string.Join(", ", cluster.Settings.SeedNodes);
    }
}
