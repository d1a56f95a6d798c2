using System.Globalization;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.MultiProcess;

/// <summary>
/// Three member processes, each in its own network namespace joined to a bridge by a veth pair; one link is cut.
/// Needs root (and iproute2); without it the spec says so in its output and checks nothing.
/// </summary>
public sealed class PartitionSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly List<ClusterNodeProcess> _nodes = [];
    private NetworkNamespaces? _network;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var node in _nodes)
            {
                await node.DisposeAsync();
            }
        }
        finally
        {
            _network?.Dispose();
        }
        foreach (var node in _nodes)
        {
            foreach (var (at, line) in node.Lines)
            {
                output.WriteLine($"{at:HH:mm:ss.fff} [{node.Address}] {line}");
            }
        }
    }

    [Fact]
    public async Task Cutting_the_oldest_members_link_leaves_only_the_majority_running_with_exactly_one_singleton()
    {
        if (NetworkNamespaces.Unavailable() is { } reason)
        {
            Assert.Fail($"This spec cuts links between network namespaces and cannot run here: {reason}. Run the tests as root (./build.sh test).");
        }
        const int Port = 25520;
        _network = NetworkNamespaces.Create(3);
        string[] seeds = [.. Enumerable.Range(0, 3).Select(i => _network.AddressOf(i) + ":" + Port.ToString(CultureInfo.InvariantCulture))];
        for (var i = 0; i < 3; i++)
        {
            _nodes.Add(ClusterNodeProcess.Start(_network.AddressOf(i), Port, seeds, fast: true, _network.Wrapper(i)));
        }
        foreach (var node in _nodes)
        {
            foreach (var member in seeds)
            {
                await node.WaitForLineAsync(l => l.StartsWith($"EVENT MemberUp {member} ", StringComparison.Ordinal), Generous, $"MemberUp of {member}");
            }
        }
        var upNumbers = seeds.ToDictionary(s => s, s => int.Parse(_nodes[1].Lines.First(l => l.Line.StartsWith($"EVENT MemberUp {s} ", StringComparison.Ordinal)).Line.Split(' ')[^1], CultureInfo.InvariantCulture));
        var isolated = _nodes.Single(n => n.Address == seeds.MinBy(s => upNumbers[s]));
        var majority = _nodes.Where(n => n != isolated).OrderBy(n => upNumbers[n.Address]).ToArray();
        await isolated.WaitForLineAsync(l => l == $"SINGLETON START {isolated.Address}", Generous, "that the singleton started");

        _network.Cut(_nodes.IndexOf(isolated));

        await isolated.WaitForLineAsync(l => l == "TERMINATED", Generous, "that it shut down after downing itself");
        foreach (var survivor in majority)
        {
            await survivor.WaitForLineAsync(l => l.StartsWith($"EVENT MemberRemoved {isolated.Address} ", StringComparison.Ordinal), Generous, "the isolated member removed");
        }
        await majority[0].WaitForLineAsync(l => l == $"SINGLETON START {majority[0].Address}", Generous, "that the singleton started on the next-oldest member");
        Assert.All(majority, survivor => Assert.False(survivor.HasExited, $"member {survivor.Address} of the majority stopped"));
        Assert.All(majority, survivor => Assert.False(survivor.Printed(l => l.StartsWith($"EVENT MemberDowned {survivor.Address} ", StringComparison.Ordinal)), $"member {survivor.Address} of the majority was downed"));
        Assert.Equal(1, MostSingletonsAtOnce());
    }

    /// <summary>Replays every SINGLETON START/STOP line of all processes in the order this process read them.</summary>
    private int MostSingletonsAtOnce()
    {
        var running = 0;
        var most = 0;
        foreach (var (_, line) in _nodes.SelectMany(n => n.Lines).Where(l => l.Line.StartsWith("SINGLETON ", StringComparison.Ordinal)).OrderBy(l => l.At))
        {
            running += line.StartsWith("SINGLETON START", StringComparison.Ordinal) ? 1 : -1;
            most = Math.Max(most, running);
        }
        return most;
    }
}
