namespace ActorOrchestrator.Actors;

/// <summary>When a <see cref="BackoffSupervisor"/> re-creates its child.</summary>
public enum BackoffTrigger
{
    /// <summary>Whenever the child stops, for whatever reason (persistent actors stop on journal failures).</summary>
    OnStop,

    /// <summary>When the child fails; a child that stops on its own stops the supervisor too.</summary>
    OnFailure,
}
