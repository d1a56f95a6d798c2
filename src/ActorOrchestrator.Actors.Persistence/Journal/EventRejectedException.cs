namespace ActorOrchestrator.Actors.Persistence.Journal;

/// <summary>A write the journal refused before storing anything (for example an unregistered event type); the writer may go on.</summary>
public class EventRejectedException : Exception
{
    public EventRejectedException(string message) : base(message)
    {
    }

    public EventRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
