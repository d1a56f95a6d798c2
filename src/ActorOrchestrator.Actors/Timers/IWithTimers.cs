namespace ActorOrchestrator.Actors;

/// <summary>Implement on an actor to get keyed timers; the runtime sets <see cref="Timers"/> after the constructor, before PreStart.</summary>
public interface IWithTimers
{
    ITimerScheduler Timers { get; set; }
}
