namespace ActorOrchestrator.Api.Serialization.Schema;

/// <summary>The shape a JSON value must have at one place in a kind's schema, derived from the model types.</summary>
internal abstract class SchemaNode;
