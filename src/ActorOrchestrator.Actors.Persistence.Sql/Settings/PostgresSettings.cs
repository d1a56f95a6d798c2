namespace ActorOrchestrator.Actors.Persistence.Sql.Settings;

/// <summary><c>ao.persistence.postgresql</c>.</summary>
public sealed record PostgresSettings
{
    /// <summary>Npgsql connection string: host, port, database, username (a password is better kept in PGPASSWORD or a passfile).</summary>
    public string ConnectionString { get; init; } = "Host=127.0.0.1;Port=5432;Database=ao;Username=ao";

    /// <summary>Schema holding the tables; lets several clusters share one database.</summary>
    public string Schema { get; init; } = "public";

    /// <summary>Most connections this node keeps open.</summary>
    public int MaxPoolSize { get; init; } = 20;

    /// <summary>How long opening one connection may take before the database counts as unreachable.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
