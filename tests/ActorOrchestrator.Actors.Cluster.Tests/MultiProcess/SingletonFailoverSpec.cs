using System.Globalization;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Cluster.Tests.MultiProcess;

/// <summary>Three members in their own processes over real TCP on loopback; one is killed with SIGKILL.</summary>
public sealed class SingletonFailoverSpec(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);
    private readonly List<ClusterNodeProcess> _nodes = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
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
    public async Task Killing_the_oldest_member_moves_the_singleton_to_the_next_oldest_after_it_is_downed_and_removed_and_never_runs_two()
    {
        string[] seeds = [.. Enumerable.Range(0, 3).Select(_ => "127.0.0.1:" + ClusterNodeProcess.FreePort().ToString(CultureInfo.InvariantCulture))];
        foreach (var seed in seeds)
        {
            var port = int.Parse(seed.Split(':')[1], CultureInfo.InvariantCulture);
            _nodes.Add(ClusterNodeProcess.Start("127.0.0.1", port, seeds, fast: true));
        }
        foreach (var node in _nodes)
        {
            foreach (var member in seeds)
            {
                await node.WaitForLineAsync(l => l.StartsWith($"EVENT MemberUp {member} ", StringComparison.Ordinal), Generous, $"MemberUp of {member}");
            }
        }
        var upNumbers = seeds.ToDictionary(s => s, s => UpNumber(_nodes[0].Lines.First(l => l.Line.StartsWith($"EVENT MemberUp {s} ", StringComparison.Ordinal)).Line));
        var byAge = seeds.OrderBy(s => upNumbers[s]).ToArray();
        var oldest = _nodes.Single(n => n.Address == byAge[0]);
        var nextOldest = _nodes.Single(n => n.Address == byAge[1]);
        var youngest = _nodes.Single(n => n.Address == byAge[2]);
        await oldest.WaitForLineAsync(l => l == $"SINGLETON START {oldest.Address}", Generous, "that the singleton started");

        await oldest.KillAsync();
        var killedAt = DateTime.UtcNow;

        foreach (var survivor in new[] { nextOldest, youngest })
        {
            await survivor.WaitForLineAsync(l => l.StartsWith($"EVENT UnreachableMember {oldest.Address} ", StringComparison.Ordinal), Generous, "the killed member unreachable");
            await survivor.WaitForLineAsync(l => l.StartsWith($"EVENT MemberDowned {oldest.Address} ", StringComparison.Ordinal), Generous, "the killed member downed");
            await survivor.WaitForLineAsync(l => l.StartsWith($"EVENT MemberRemoved {oldest.Address} ", StringComparison.Ordinal), Generous, "the killed member removed");
        }
        await nextOldest.WaitForLineAsync(l => l == $"SINGLETON START {nextOldest.Address}", Generous, "that the singleton started on the next-oldest member");

        var lines = nextOldest.Lines.Select(l => l.Line).ToList();
        Assert.True(
            lines.FindIndex(l => l.StartsWith($"EVENT MemberRemoved {oldest.Address} ", StringComparison.Ordinal)) < lines.IndexOf($"SINGLETON START {nextOldest.Address}"),
            "the next-oldest member started the singleton before it saw the killed member removed");
        Assert.True(nextOldest.Lines.Single(l => l.Line.StartsWith("SINGLETON START", StringComparison.Ordinal)).At > killedAt, "the singleton started on the next-oldest member while the oldest still ran it");
        Assert.False(youngest.Printed(l => l.StartsWith("SINGLETON", StringComparison.Ordinal)), "the youngest member ran the singleton");
        Assert.Single(oldest.Lines, l => l.Line.StartsWith("SINGLETON START", StringComparison.Ordinal));
    }

    private static int UpNumber(string memberUpLine) => int.Parse(memberUpLine.Split(' ')[^1], CultureInfo.InvariantCulture);
}
