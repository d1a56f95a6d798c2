namespace ActorOrchestrator.Bench;

/// <param name="Suite">The suite that measured it.</param>
/// <param name="Measurement">What was measured, e.g. "tell throughput, 1000 pairs".</param>
/// <param name="Median">Median of the runs, in <paramref name="Unit"/>.</param>
/// <param name="Unit">e.g. "msg/s", "µs", "bytes/actor".</param>
/// <param name="Target">The target, as text (e.g. "&gt;= 20,000,000").</param>
/// <param name="Met">Whether the median meets the target; null when there is no target.</param>
internal sealed record BenchmarkResult(string Suite, string Measurement, double Median, string Unit, string Target, bool? Met);
