using System.Collections.Immutable;

namespace ActorOrchestrator.Actors.Cluster.FailureDetection;

/// <summary>
/// The last heartbeat intervals (milliseconds) of one monitored member, at most a fixed number, with their running
/// sum and sum of squares so mean and deviation cost nothing. Immutable.
/// </summary>
internal sealed class HeartbeatHistory
{
    private readonly ImmutableQueue<double> _intervals;

    private HeartbeatHistory(int maxSampleSize, ImmutableQueue<double> intervals, int count, double sum, double squaredSum)
    {
        MaxSampleSize = maxSampleSize;
        _intervals = intervals;
        Count = count;
        Sum = sum;
        SquaredSum = squaredSum;
    }

    public int MaxSampleSize { get; }

    public int Count { get; }

    public double Sum { get; }

    public double SquaredSum { get; }

    public double Mean => Count == 0 ? 0 : Sum / Count;

    public double Variance => Count == 0 ? 0 : Math.Max(0, (SquaredSum / Count) - (Mean * Mean));

    public double StdDeviation => Math.Sqrt(Variance);

    public static HeartbeatHistory Empty(int maxSampleSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSampleSize, 1);
        return new HeartbeatHistory(maxSampleSize, [], 0, 0, 0);
    }

    /// <summary>This history with one more interval; the oldest is dropped once the history is full.</summary>
    public HeartbeatHistory Add(double intervalMs)
    {
        var intervals = _intervals;
        var count = Count;
        var sum = Sum;
        var squaredSum = SquaredSum;
        if (count == MaxSampleSize)
        {
            intervals = intervals.Dequeue(out var oldest);
            count--;
            sum -= oldest;
            squaredSum -= oldest * oldest;
        }
        return new HeartbeatHistory(MaxSampleSize, intervals.Enqueue(intervalMs), count + 1, sum + intervalMs, squaredSum + (intervalMs * intervalMs));
    }
}
