namespace ActorOrchestrator.Actors;

/// <summary>The system scheduler, driven by the system's TimeProvider (virtual time in tests).</summary>
public interface IScheduler
{
    /// <summary>Current time of the system's TimeProvider.</summary>
    DateTimeOffset Now { get; }

    ICancelable ScheduleTellOnce(TimeSpan delay, IActorRef receiver, object message, IActorRef? sender);

    ICancelable ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, IActorRef receiver, object message, IActorRef? sender);

    /// <summary>Runs <paramref name="action"/> once on a timer thread; keep it short and non-blocking.</summary>
    ICancelable ScheduleOnce(TimeSpan delay, Action action);

    /// <summary>Runs <paramref name="action"/> repeatedly on a timer thread; keep it short and non-blocking.</summary>
    ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action);
}
