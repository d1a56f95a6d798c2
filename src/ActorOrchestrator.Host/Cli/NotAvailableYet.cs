using System.CommandLine;

namespace ActorOrchestrator.Host.Cli;

/// <summary>A verb the product will have but this version cannot do yet: it says so and fails, never pretends.</summary>
internal static class NotAvailableYet
{
    public static Command Command(string verb, string description)
    {
        var command = new Command(verb, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine($"ao {verb}: not available yet in this version");
            return CommandFailure.ExitCode;
        });
        return command;
    }
}
