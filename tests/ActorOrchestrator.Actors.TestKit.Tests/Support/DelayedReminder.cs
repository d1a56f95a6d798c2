namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>On "arm" starts a single timer of <paramref name="delay"/> and answers "armed"; tells <paramref name="target"/> "reminded" when it fires.</summary>
internal sealed class DelayedReminder : ReceiveActor, IWithTimers
{
    public DelayedReminder(IActorRef target, TimeSpan delay)
    {
        Receive<string>(message => message == "arm", _ => Arm(delay));
        Receive<string>(message => message == "fire", _ => target.Tell("reminded", Self));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private void Arm(TimeSpan delay)
    {
        Timers.StartSingleTimer("reminder", "fire", delay);
        Sender.Tell("armed", Self);
    }
}
