using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Patching;

namespace ActorOrchestrator.ControlPlane.Access;

/// <summary>A PATCH body: its type (by Content-Type), the parsed document, and whether it targets the status subresource.</summary>
public sealed record PatchRequest(PatchType Type, JsonNode? Patch, bool Status = false);
