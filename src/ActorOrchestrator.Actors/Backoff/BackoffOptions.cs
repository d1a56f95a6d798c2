namespace ActorOrchestrator.Actors;

/// <summary>
/// Recipe of a <see cref="BackoffSupervisor"/>: the n-th re-creation of the child waits
/// <c>min(MaxBackoff, MinBackoff·2ⁿ)·(1 + random·RandomFactor)</c>; the count resets once a child has run for
/// <see cref="ResetBackoffAfter"/> (default <see cref="MinBackoff"/>).
/// </summary>
public sealed record BackoffOptions
{
    private BackoffOptions(BackoffTrigger trigger, Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor)
    {
        ArgumentNullException.ThrowIfNull(childProps);
        ArgumentException.ThrowIfNullOrWhiteSpace(childName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minBackoff, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBackoff, minBackoff);
        if (randomFactor is < 0 or > 1 || double.IsNaN(randomFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(randomFactor), randomFactor, "must be between 0 and 1");
        }
        Trigger = trigger;
        ChildProps = childProps;
        ChildName = childName;
        MinBackoff = minBackoff;
        MaxBackoff = maxBackoff;
        RandomFactor = randomFactor;
    }

    public BackoffTrigger Trigger { get; }

    public Props ChildProps { get; }

    public string ChildName { get; }

    public TimeSpan MinBackoff { get; }

    public TimeSpan MaxBackoff { get; }

    /// <summary>Jitter: each delay is stretched by up to this fraction (0..1).</summary>
    public double RandomFactor { get; }

    /// <summary>Re-creations allowed before the supervisor gives up and stops; -1 means unlimited.</summary>
    public int MaxNrOfRetries { get; private init; } = -1;

    /// <summary>How long a child must run before the backoff count resets; null means <see cref="MinBackoff"/>.</summary>
    public TimeSpan? ResetBackoffAfter { get; private init; }

    /// <summary>Re-create the child, with backoff, whenever it stops.</summary>
    public static BackoffOptions OnStop(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        new(BackoffTrigger.OnStop, childProps, childName, minBackoff, maxBackoff, randomFactor);

    /// <summary>Re-create the child, with backoff, whenever it fails (instead of restarting it at once).</summary>
    public static BackoffOptions OnFailure(Props childProps, string childName, TimeSpan minBackoff, TimeSpan maxBackoff, double randomFactor) =>
        new(BackoffTrigger.OnFailure, childProps, childName, minBackoff, maxBackoff, randomFactor);

    public BackoffOptions WithMaxNrOfRetries(int maxNrOfRetries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNrOfRetries, -1);
        return this with { MaxNrOfRetries = maxNrOfRetries };
    }

    public BackoffOptions WithResetBackoffAfter(TimeSpan resetAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(resetAfter, TimeSpan.Zero);
        return this with { ResetBackoffAfter = resetAfter };
    }
}
