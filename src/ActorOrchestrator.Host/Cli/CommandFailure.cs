using ActorOrchestrator.Hocon;
using ActorOrchestrator.Host.Settings;

namespace ActorOrchestrator.Host.Cli;

/// <summary>Turns the errors a user can cause into one plain line on stderr and exit code 1, without a stack trace.</summary>
internal static class CommandFailure
{
    public const int ExitCode = 1;

    public static int Guard(TextWriter error, string verb, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception failure) when (IsUserError(failure))
        {
            error.WriteLine($"ao {verb}: {failure.Message}");
            return ExitCode;
        }
    }

    /// <summary>Whether <paramref name="failure"/> is the user's to fix (bad configuration or usage), not a defect.</summary>
    public static bool IsUserError(Exception failure) => failure is ConfigException or UsageException or InvalidSettingsException;
}
