using ActorOrchestrator.ControlPlane.Scheduling;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.scheduler</c> into the scheduler singleton's <see cref="SchedulerSettings"/>.</summary>
internal static class SchedulerSection
{
    /// <param name="scheduler">The <c>ao.scheduler</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the scheduler refuses a value; the message names its key.</exception>
    public static SchedulerSettings From(Config scheduler) =>
        SettingsValidation.Checked(
            new SchedulerSettings
            {
                SchedulerName = scheduler.GetString("scheduler-name"),
                MaxBindsInFlight = scheduler.GetInt("max-binds-in-flight"),
                BindTimeout = scheduler.GetDuration("bind-timeout"),
                BindRetryBackoff = scheduler.GetDuration("bind-retry-backoff"),
                AssumedPodTtl = scheduler.GetDuration("assumed-pod-ttl"),
                UnschedulableRetryInterval = scheduler.GetDuration("unschedulable-retry-interval"),
                PercentageOfNodesToScore = scheduler.GetInt("percentage-of-nodes-to-score"),
                PlacementsPerTurn = scheduler.GetInt("placements-per-turn"),
                LeastAllocatedWeight = scheduler.GetInt("least-allocated-weight"),
                OwnerSpreadWeight = scheduler.GetInt("owner-spread-weight"),
            },
            settings => settings.Validate());
}
