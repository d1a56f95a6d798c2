using System.Globalization;

namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>How a kit prints a duration in failure messages, after dilation by its time factor.</summary>
internal static class DurationText
{
    public static string DilatedMs(this TestKitBase kit, int milliseconds) =>
        ((long)kit.Dilated(TimeSpan.FromMilliseconds(milliseconds)).TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";
}
