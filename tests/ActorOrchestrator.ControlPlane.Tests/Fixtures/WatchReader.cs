using System.Threading.Channels;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>Consumes a watch stream in the background so a test can take its events one by one, with a deadline.</summary>
internal sealed class WatchReader : IAsyncDisposable
{
    private readonly Channel<WatchEvent> _events = Channel.CreateUnbounded<WatchEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;

    public WatchReader(IAsyncEnumerable<WatchEvent> stream)
    {
        _pump = Task.Run(() => PumpAsync(stream));
    }

    /// <summary>The next event; throws the stream's own exception when it failed, and fails the test after the patience.</summary>
    public async Task<WatchEvent> NextAsync()
    {
        try
        {
            return await _events.Reader.ReadAsync().AsTask().WaitAsync(ReadModelHarness.Patience);
        }
        catch (ChannelClosedException closed) when (closed.InnerException is not null)
        {
            throw closed.InnerException;
        }
    }

    public async Task<List<WatchEvent>> TakeAsync(int count)
    {
        var taken = new List<WatchEvent>(count);
        while (taken.Count < count)
        {
            taken.Add(await NextAsync());
        }
        return taken;
    }

    /// <summary>Events up to and including the first one <paramref name="last"/> accepts.</summary>
    public async Task<List<WatchEvent>> TakeUntilAsync(Func<WatchEvent, bool> last)
    {
        var taken = new List<WatchEvent>();
        while (true)
        {
            var next = await NextAsync();
            taken.Add(next);
            if (last(next))
            {
                return taken;
            }
        }
    }

    /// <summary>Whether an event is already waiting to be taken.</summary>
    public bool HasPending => _events.Reader.Count > 0;

    /// <summary>Completes when the stream ends (or fails).</summary>
    public Task Completion => _events.Reader.Completion;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task PumpAsync(IAsyncEnumerable<WatchEvent> stream)
    {
        try
        {
            await foreach (var watchEvent in stream.WithCancellation(_stop.Token))
            {
                await _events.Writer.WriteAsync(watchEvent);
            }
            _events.Writer.TryComplete();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            _events.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            _events.Writer.TryComplete(exception);
        }
    }
}
