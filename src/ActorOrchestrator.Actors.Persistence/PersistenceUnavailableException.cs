namespace ActorOrchestrator.Actors.Persistence;

/// <summary>The store could not be reached or opened; the message names the target (never a password).</summary>
public sealed class PersistenceUnavailableException : Exception
{
    public PersistenceUnavailableException(string target, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Target = target;
    }

    /// <summary>What was being opened, e.g. <c>PostgreSQL 127.0.0.1:5432/ao</c> or <c>SQLite /var/lib/ao/journal.db</c>.</summary>
    public string Target { get; }
}
