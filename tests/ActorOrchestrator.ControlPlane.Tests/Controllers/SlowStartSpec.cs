using ActorOrchestrator.ControlPlane.Controllers.Shared;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class SlowStartSpec
{
    [Fact]
    public async Task Calls_run_in_doubling_concurrent_batches()
    {
        var running = 0;
        var peaks = new List<int>();
        var gate = new object();

        var (succeeded, failure) = await SlowStart.RunAsync(15, async _ =>
        {
            lock (gate)
            {
                running++;
                peaks.Add(running);
            }

            await Task.Delay(30);
            lock (gate)
            {
                running--;
            }
        }, CancellationToken.None);

        Assert.Equal((15, null), (succeeded, failure));
        Assert.Equal(8, peaks.Max());   // batches 1, 2, 4, 8: the last one all at once
    }

    [Fact]
    public async Task A_failing_batch_stops_the_rest()
    {
        var calls = 0;

        var (succeeded, failure) = await SlowStart.RunAsync(100, _ =>
        {
            var call = Interlocked.Increment(ref calls);
            return call == 3 ? Task.FromException(new InvalidOperationException("quota exceeded")) : Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(3, calls);         // batch of 1, then the batch of 2 in which the failure came
        Assert.Equal(2, succeeded);
        Assert.Equal("quota exceeded", failure?.Message);
    }
}
