namespace ActorOrchestrator.Actors.Cluster.Tests.Support;

/// <summary>Waits, with a generous deadline, until an assertion holds; fails with its last failure.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task> assertion, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }
}
