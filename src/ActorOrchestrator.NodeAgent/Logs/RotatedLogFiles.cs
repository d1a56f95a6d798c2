using System.Globalization;

namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// Names of rotated log files: <c>0.log</c> rotates to <c>0.log.20261123-082732.1234567</c>, so name order is age order.
/// </summary>
internal static class RotatedLogFiles
{
    /// <summary>The name a log file is renamed to when it rotates at <paramref name="time"/>.</summary>
    public static string NameFor(string logPath, DateTimeOffset time) =>
        logPath + "." + time.UtcDateTime.ToString("yyyyMMdd-HHmmss.fffffff", CultureInfo.InvariantCulture);

    /// <summary>The rotated files of <paramref name="logPath"/>, oldest first.</summary>
    public static IReadOnlyList<string> Of(string logPath)
    {
        var directory = Path.GetDirectoryName(logPath);
        if (directory is null || !Directory.Exists(directory))
        {
            return [];
        }

        var prefix = Path.GetFileName(logPath) + ".";
        return Directory.EnumerateFiles(directory, prefix + "*")
            .Where(file => Path.GetFileName(file).Length == prefix.Length + 23)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
