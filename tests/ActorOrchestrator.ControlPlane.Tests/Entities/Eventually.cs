namespace ActorOrchestrator.ControlPlane.Tests.Entities;

/// <summary>Waits for a condition that the control plane brings about on its own (garbage collection, controllers).</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + ControlPlaneHarness.Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {ControlPlaneHarness.Patience.TotalSeconds} s: {what}");
            }
            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);
}
