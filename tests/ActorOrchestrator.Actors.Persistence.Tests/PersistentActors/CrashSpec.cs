using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ActorOrchestrator.Actors.Persistence.CrashNode;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.Persistence.Tests.PersistentActors;

/// <summary>
/// A child process persists events from many persistent actors and prints each acknowledged one; it is killed with SIGKILL
/// mid-stream. Recovered in this process, every acknowledged event is there, none twice, sequence numbers contiguous.
/// </summary>
public abstract class CrashSpec(ITestOutputHelper output) : TestKit.TestKit(output)
{
    private const int Actors = 40;
    private const int AcknowledgedBeforeKill = 3000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The crash node's arguments before the actor count: provider and its two location arguments.</summary>
    protected abstract string[] NodeArguments();

    protected abstract SqlPersistenceSettings StoreSettings();

    protected abstract string DataDirectory { get; }

    [Fact]
    public async Task Every_event_acknowledged_before_a_SIGKILL_is_recovered_exactly_once_with_contiguous_sequence_numbers()
    {
        var acknowledged = await RunAndKillAsync();
        Assert.True(acknowledged.Values.Sum() >= AcknowledgedBeforeKill, $"only {acknowledged.Values.Sum()} events were acknowledged");

        await using var store = await SqlPersistence.OpenAsync(StoreSettings(), DataDirectory, CrashNodeRegistry.Create(), Sys.LoggerFactory, null, CancellationToken.None);
        PersistenceExtension.Start(Sys, store);
        for (var i = 0; i < Actors; i++)
        {
            var persistenceId = $"crash-{i}";
            Sys.ActorOf(Props.Create(() => new CrashRecoveryProbe(persistenceId, TestActor)));
        }
        var recovered = ReceiveN(Actors, Patience).Cast<CrashRecoveryProbe.Recovered>().ToDictionary(r => r.PersistenceId);
        await Sys.Terminate();

        foreach (var (persistenceId, entity) in recovered)
        {
            var expected = Enumerable.Range(1, entity.Events.Count).Select(n => ((long)n, (long)n));
            Assert.Equal(expected, entity.Events);
            Assert.Equal(entity.Events.Count, entity.LastSequenceNr);
            var highestAcknowledged = acknowledged.TryGetValue(persistenceId, out var highest) ? highest : 0;
            Assert.True(
                highestAcknowledged <= entity.LastSequenceNr,
                $"{persistenceId}: event {highestAcknowledged} was acknowledged but recovery found only {entity.LastSequenceNr}");
        }
    }

    /// <summary>Runs the crash node until enough events are acknowledged, kills it, and returns the highest acknowledged sequence number per entity.</summary>
    private async Task<Dictionary<string, long>> RunAndKillAsync()
    {
        var node = typeof(Counted).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(node);
        foreach (var argument in NodeArguments())
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add(Actors.ToString(CultureInfo.InvariantCulture));
        var lines = new BlockingCollection<string>();
        var errors = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.CompleteAdding();
            }
            else
            {
                lines.Add(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var acknowledged = new Dictionary<string, long>();
        var count = 0;
        var deadline = DateTime.UtcNow + Patience;
        try
        {
            while (count < AcknowledgedBeforeKill)
            {
                if (!lines.TryTake(out var line, TimeSpan.FromSeconds(1)))
                {
                    Assert.True(
                        DateTime.UtcNow < deadline && !lines.IsCompleted,
                        $"the crash node acknowledged only {count} events; its errors: {string.Join(Environment.NewLine, errors)}");
                    continue;
                }
                count += Record(line, acknowledged) ? 1 : 0;
            }
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        Assert.Equal(137, process.ExitCode);
        foreach (var line in lines.GetConsumingEnumerable())
        {
            Record(line, acknowledged);
        }
        return acknowledged;
    }

    private static bool Record(string line, Dictionary<string, long> acknowledged)
    {
        var parts = line.Split(' ');
        if (parts is not ["ack", var persistenceId, var sequenceNr, _, "."])
        {
            return false;
        }
        var value = long.Parse(sequenceNr, CultureInfo.InvariantCulture);
        acknowledged[persistenceId] = Math.Max(value, acknowledged.GetValueOrDefault(persistenceId));
        return true;
    }
}
