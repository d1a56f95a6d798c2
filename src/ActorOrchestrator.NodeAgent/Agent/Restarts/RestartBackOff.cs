namespace ActorOrchestrator.NodeAgent.Agent.Restarts;

/// <summary>
/// Kubernetes' crash-loop back-off for one container: the first failure restarts at once, each further one waits the
/// current back-off (counted from when the container finished), which then doubles up to <see cref="Max"/>. A
/// container that ran at least <see cref="ResetAfter"/> before failing starts over.
/// </summary>
internal sealed record RestartBackOff(TimeSpan Base, TimeSpan Max, TimeSpan ResetAfter)
{
    public static RestartBackOff From(AgentSettings settings) =>
        new(settings.RestartBackOffBase, settings.RestartBackOffMax, settings.RestartBackOffResetAfter);

    /// <summary>What to do after a failure of a container that ran for <paramref name="ranFor"/>.</summary>
    /// <param name="current">The container's back-off so far; null before its first failure.</param>
    /// <param name="ranFor">How long the failed instance ran (zero when it could not start).</param>
    public BackOffStep Next(TimeSpan? current, TimeSpan ranFor)
    {
        if (current is not { } delay || ranFor >= ResetAfter)
        {
            return new BackOffStep(TimeSpan.Zero, Base);
        }

        var doubled = delay.Ticks > Max.Ticks / 2 ? Max : delay * 2;
        return new BackOffStep(delay, doubled < Max ? doubled : Max);
    }
}
