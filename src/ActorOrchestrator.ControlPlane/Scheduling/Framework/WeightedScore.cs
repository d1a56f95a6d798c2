namespace ActorOrchestrator.ControlPlane.Scheduling.Framework;

/// <summary>A score plugin and what its 0-100 score is multiplied by before the scores are added.</summary>
internal sealed record WeightedScore(IScorePlugin Plugin, int Weight);
