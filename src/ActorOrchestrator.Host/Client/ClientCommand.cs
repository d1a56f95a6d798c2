using System.CommandLine;

namespace ActorOrchestrator.Host.Client;

/// <summary>Builds a client verb's command: its own arguments and options plus the shared connection options.</summary>
internal static class ClientCommand
{
    public static Command Create(string verb, string description, ClientOptions client, params Symbol[] symbols)
    {
        var command = new Command(verb, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                default:
                    command.Subcommands.Add((Command)symbol);
                    break;
            }
        }
        foreach (var option in client.All)
        {
            command.Options.Add(option);
        }
        return command;
    }
}
