namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>
/// Kubernetes' slow start: run <c>count</c> calls in batches of 1, 2, 4, 8 ..., each batch concurrently, and stop
/// after the first batch in which a call failed, so a systematic failure (quota, invalid template) costs one call,
/// not hundreds.
/// </summary>
internal static class SlowStart
{
    /// <returns>How many calls succeeded and the first failure, if any.</returns>
    public static async Task<(int Succeeded, Exception? Failure)> RunAsync(
        int count, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var succeeded = 0;
        var batch = 1;
        var remaining = count;
        while (remaining > 0)
        {
            var size = Math.Min(batch, remaining);
            var calls = new Task[size];
            for (var i = 0; i < size; i++)
            {
                calls[i] = call(cancellationToken);
            }

            Exception? failure = null;
            foreach (var task in calls)
            {
                try
                {
                    await task.ConfigureAwait(false);
                    succeeded++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failure ??= exception;
                }
            }

            if (failure is not null)
            {
                return (succeeded, failure);
            }

            remaining -= size;
            batch *= 2;
        }

        return (succeeded, null);
    }
}
