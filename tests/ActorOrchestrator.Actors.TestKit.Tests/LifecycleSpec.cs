using ActorOrchestrator.Actors.TestKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using static ActorOrchestrator.Actors.TestKit.Tests.Support.LoggingActor;

namespace ActorOrchestrator.Actors.TestKit.Tests;

public sealed class LifecycleSpec(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void Each_kit_has_its_own_system_named_and_configured_as_asked()
    {
        using var kit = new StandaloneKit(ActorSystemSettings.Default with { Throughput = 7 }, "custom");
        Assert.Equal("custom", kit.Sys.Name);
        Assert.Equal(7, kit.Sys.Settings.Throughput);
        Assert.False(kit.Sys.Settings.RunCoordinatedShutdownOnProcessExit);
        Assert.NotSame(Sys, kit.Sys);
        Assert.Equal("test", Sys.Name);
        Assert.StartsWith("ao://custom/temp/testActor", kit.TestActor.Path.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_the_kit_terminates_its_system_and_stops_its_probes()
    {
        var kit = new StandaloneKit();
        var probe = kit.CreateTestProbe();
        kit.Dispose();
        Assert.True(kit.Sys.WhenTerminated.IsCompleted);
        kit.Dispose();
        ExpectDeadLetters(0, () => { });
        var deadLettersOfKit = kit.DeadLetterEntries.Count;
        probe.Ref.Tell("after the test", null);
        Assert.Equal(deadLettersOfKit, kit.DeadLetterEntries.Count);
    }

    [Fact]
    public async Task Disposing_fails_clearly_when_the_system_does_not_terminate_in_time()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var kit = new StandaloneKit(testKitSettings: new TestKitSettings { ShutdownTimeout = TimeSpan.FromMilliseconds(200) });
        kit.Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "hang", () => release.Task);
        var failure = Assert.Throws<TestKitAssertionException>(kit.Dispose);
        Assert.StartsWith($"The actor system 'test' did not terminate within {kit.DilatedMs(200)} after the test", failure.Message);
        release.SetResult();
        await kit.Sys.WhenTerminated.WaitAsync(Dilated(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Log_entries_are_written_to_the_test_output()
    {
        var recorded = new RecordingOutput();
        using (var kit = new StandaloneKit(output: recorded))
        {
            var logger = kit.ActorOf<LoggingActor>();
            kit.Send(logger, new LogThis(LogLevel.Warning, "visible in the output"));
            kit.ExpectMsg("logged");
            logger.Tell(new FailWith(new InvalidOperationException("with its stack trace")), null);
            kit.AwaitAssert(() => Assert.Contains(recorded.Lines, line => line.Contains("with its stack trace", StringComparison.Ordinal)));
        }
        Assert.Contains(recorded.Lines, line => line.Contains($"Warning {typeof(LoggingActor).FullName}[0] visible in the output", StringComparison.Ordinal));
        Assert.Contains(recorded.Lines, line => line.Contains("System.InvalidOperationException: with its stack trace", StringComparison.Ordinal)
            && line.Contains(" at ", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_below_the_output_level_are_captured_but_not_written()
    {
        var recorded = new RecordingOutput();
        using var kit = new StandaloneKit(output: recorded, testKitSettings: new TestKitSettings { OutputLogLevel = LogLevel.Warning });
        var logger = kit.ActorOf<LoggingActor>();
        kit.Send(logger, new LogThis(LogLevel.Information, "quiet"));
        kit.ExpectMsg("logged");
        Assert.Contains(kit.LogEntries, e => e.Message == "quiet");
        Assert.DoesNotContain(recorded.Lines, line => line.Contains("quiet", StringComparison.Ordinal));
    }
}
