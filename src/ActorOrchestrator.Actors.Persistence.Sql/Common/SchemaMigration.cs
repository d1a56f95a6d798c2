namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>One explicit, numbered step of a store's schema; applied once, in order, and recorded in <c>schema_version</c>.</summary>
internal sealed record SchemaMigration(int Version, string Description, string Sql);
