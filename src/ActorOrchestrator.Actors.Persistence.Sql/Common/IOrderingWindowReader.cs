namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>A store whose transactions may commit out of ordering order: readers advance an <see cref="OrderingFrontier"/> with it.</summary>
internal interface IOrderingWindowReader
{
    Task<OrderingWindow> ReadOrderingWindowAsync(long after, int max, CancellationToken cancellationToken);
}
