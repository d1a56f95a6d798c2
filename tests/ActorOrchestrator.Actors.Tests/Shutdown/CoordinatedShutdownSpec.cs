using System.Collections.Concurrent;
using ActorOrchestrator.Actors.TestKit;
using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Shutdown;

public sealed class CoordinatedShutdownSpec : KernelSpec
{
    public CoordinatedShutdownSpec()
        : base(ActorSystemSettings.Default with
        {
            ShutdownPhaseTimeouts = ActorSystemSettings.Default.ShutdownPhaseTimeouts.SetItem(CoordinatedShutdown.PhaseServiceStop, TimeSpan.FromMilliseconds(200)),
        })
    {
    }

    [Fact]
    public async Task There_are_twelve_phases_in_Akka_order_with_the_documented_default_timeouts()
    {
        Assert.Equal(
            [
                "before-service-unbind", "service-unbind", "service-requests-done", "service-stop", "before-cluster-shutdown",
                "cluster-sharding-shutdown-region", "cluster-leave", "cluster-exiting", "cluster-exiting-done", "cluster-shutdown",
                "before-actor-system-terminate", "actor-system-terminate",
            ],
            CoordinatedShutdown.Phases.ToArray());
        var defaults = ActorSystemSettings.Default;
        await using var system = ActorSystem.Create("phases", defaults with { RunCoordinatedShutdownOnProcessExit = false });
        var shutdown = system.CoordinatedShutdown;
        Assert.Equal(TimeSpan.FromSeconds(5), shutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseServiceUnbind));
        Assert.Equal(TimeSpan.FromSeconds(10), shutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseClusterShardingShutdownRegion));
        Assert.Equal(TimeSpan.FromSeconds(10), shutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseClusterExiting));
        Assert.Equal(TimeSpan.FromSeconds(10), shutdown.GetPhaseTimeout(CoordinatedShutdown.PhaseActorSystemTerminate));
    }

    [Fact]
    public async Task Phases_run_in_order_and_the_system_terminates_last()
    {
        var order = new ConcurrentQueue<string>();
        foreach (var phase in CoordinatedShutdown.Phases.Reverse())
        {
            Sys.CoordinatedShutdown.AddTask(phase, "record-" + phase, () =>
            {
                order.Enqueue(phase);
                return Task.CompletedTask;
            });
        }
        await Sys.CoordinatedShutdown.RunAsync(ShutdownReason.Unknown).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(CoordinatedShutdown.Phases, order);
        Assert.True(Sys.WhenTerminated.IsCompleted);
        Assert.Equal(ShutdownReason.Unknown, Sys.CoordinatedShutdown.Reason);
    }

    [Fact]
    public async Task Tasks_of_one_phase_run_concurrently_and_all_finish_before_the_next_phase()
    {
        var firstStarted = new TaskCompletionSource();
        var secondStarted = new TaskCompletionSource();
        var next = new TaskCompletionSource();
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "first", async () =>
        {
            firstStarted.SetResult();
            await secondStarted.Task;
        });
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "second", async () =>
        {
            secondStarted.SetResult();
            await firstStarted.Task;
        });
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceRequestsDone, "next", () =>
        {
            Assert.True(firstStarted.Task.IsCompleted && secondStarted.Task.IsCompleted);
            next.SetResult();
            return Task.CompletedTask;
        });
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(next.Task.IsCompleted);
    }

    [Fact]
    public async Task A_phase_that_times_out_is_logged_and_the_next_phases_still_run()
    {
        var later = new TaskCompletionSource();
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceStop, "hangs", () => Task.Delay(Timeout.Infinite));
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseClusterLeave, "later", () =>
        {
            later.SetResult();
            return Task.CompletedTask;
        });
        var started = DateTime.UtcNow;
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.True(later.Task.IsCompleted);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(150));
        Assert.Contains(LogEntries, e => e.Message.Contains("phase service-stop timed out", StringComparison.Ordinal) && e.Message.Contains("hangs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_task_is_logged_and_shutdown_continues()
    {
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "throws", () => throw new InvalidOperationException("task broke"));
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(LogEntries, e => e.Message.Contains("task throws of phase service-unbind failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_is_idempotent_and_tasks_run_once()
    {
        var runs = 0;
        Sys.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "count", () =>
        {
            Interlocked.Increment(ref runs);
            return Task.CompletedTask;
        });
        var first = Sys.CoordinatedShutdown.RunAsync(ShutdownReason.ActorSystemTerminate);
        var second = Sys.CoordinatedShutdown.RunAsync(ShutdownReason.ProcessExit);
        Assert.Same(first, second);
        await first.WaitAsync(TimeSpan.FromSeconds(20));
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(1, runs);
        Assert.Equal(ShutdownReason.ActorSystemTerminate, Sys.CoordinatedShutdown.Reason);
    }

    [Fact]
    public void Adding_a_task_to_an_unknown_phase_fails_with_the_known_phases()
    {
        var error = Assert.Throws<ArgumentException>(() => Sys.CoordinatedShutdown.AddTask("no-such-phase", "x", () => Task.CompletedTask));
        Assert.Contains("before-service-unbind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terminate_without_coordinated_shutdown_skips_the_phases()
    {
        await using var system = ActorSystem.Create("plain", ActorSystemSettings.Default with
        {
            RunCoordinatedShutdownOnTerminate = false,
            RunCoordinatedShutdownOnProcessExit = false,
        });
        var ran = false;
        system.CoordinatedShutdown.AddTask(CoordinatedShutdown.PhaseServiceUnbind, "x", () =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.False(ran);
    }
}
