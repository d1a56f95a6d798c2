namespace ActorOrchestrator.Actors;

/// <summary>
/// Keyed timers of one actor: starting a timer with a key that is active cancels the old one, ticks of a cancelled
/// or re-armed timer are never delivered, and all timers are cancelled when the actor stops or restarts.
/// Use only from the actor's own thread.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Sends <paramref name="message"/> to the actor once, after <paramref name="timeout"/>.</summary>
    void StartSingleTimer(object key, object message, TimeSpan timeout);

    /// <summary>Sends <paramref name="message"/> to the actor every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan interval);

    /// <summary>Sends <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval);

    bool IsTimerActive(object key);

    /// <summary>Cancels the timer; a tick already queued for it is dropped.</summary>
    void Cancel(object key);

    void CancelAll();
}
