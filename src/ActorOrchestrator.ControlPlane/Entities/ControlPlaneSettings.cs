namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>The <c>ao.control-plane</c> section: the resource entities and their write path. Defaults equal hocon/reference.conf.</summary>
public sealed record ControlPlaneSettings
{
    public static ControlPlaneSettings Default { get; } = new();

    /// <summary><c>ask-timeout</c>: how long a write waits for its entity's answer before failing with 504 Timeout.</summary>
    public TimeSpan AskTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>view-wait-timeout</c>: how long a check against the read view waits for the view to reach a recent resourceVersion.</summary>
    public TimeSpan ViewWaitTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary><c>resync-interval</c>: an entity with a controller runs it again after this long without any other run.</summary>
    public TimeSpan ResyncInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary><c>resync-jitter</c>: each resync is delayed by up to this fraction of the interval more, so entities spread out.</summary>
    public double ResyncJitter { get; init; } = 0.2;

    /// <summary><c>passivate-idle-after</c>: an entity with no message and no pending work for this long is stopped (it restarts on the next message).</summary>
    public TimeSpan PassivateIdleAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary><c>controller-min-backoff</c>: first wait before retrying a controller run that threw; doubles after each further failure.</summary>
    public TimeSpan ControllerMinBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary><c>controller-max-backoff</c>: longest wait between retries of a failing controller.</summary>
    public TimeSpan ControllerMaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>generate-name-attempts</c>: names tried for an object created with metadata.generateName before answering 409 AlreadyExists.</summary>
    public int GenerateNameAttempts { get; init; } = 8;

    /// <summary>Returns these settings, or throws an <see cref="ArgumentException"/> naming the configuration key of the first invalid value.</summary>
    public ControlPlaneSettings Validate()
    {
        Require(AskTimeout > TimeSpan.Zero, "ask-timeout", "must be positive");
        Require(ViewWaitTimeout >= TimeSpan.Zero, "view-wait-timeout", "must not be negative");
        Require(ResyncInterval > TimeSpan.Zero, "resync-interval", "must be positive");
        Require(ResyncJitter is >= 0 and <= 1, "resync-jitter", "must be between 0 and 1");
        Require(PassivateIdleAfter > TimeSpan.Zero, "passivate-idle-after", "must be positive");
        Require(ControllerMinBackoff > TimeSpan.Zero, "controller-min-backoff", "must be positive");
        Require(ControllerMaxBackoff >= ControllerMinBackoff, "controller-max-backoff", "must be at least controller-min-backoff");
        Require(GenerateNameAttempts >= 1, "generate-name-attempts", "must be at least 1");
        return this;
    }

    private static void Require(bool condition, string key, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"ao.control-plane.{key} {problem}.");
        }
    }
}
