using System.Text.Json.Serialization;

namespace ActorOrchestrator.ControlPlane.ReadModel;

/// <summary>Source-generated JSON for the continue token's body.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ContinueToken.Body))]
internal sealed partial class ContinueTokenJson : JsonSerializerContext;
