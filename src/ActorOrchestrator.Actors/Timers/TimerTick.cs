namespace ActorOrchestrator.Actors;

/// <summary>Self-message of a keyed timer; delivered as its payload only while that timer generation is current.</summary>
internal sealed class TimerTick(object key, int generation, TimerScheduler owner) : IAutoReceivedMessage
{
    public object Key { get; } = key;

    public int Generation { get; } = generation;

    public TimerScheduler Owner { get; } = owner;
}
