using System.CommandLine;
using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Client;

/// <summary>Runs a client verb against the API server it resolves, printing any failure as one plain line and exiting 1.</summary>
internal static class ClientVerb
{
    /// <summary>What a verb does once it knows where the server is.</summary>
    public delegate Task<int> Body(ClientContext context, CancellationToken cancellationToken);

    public static Task<int> RunAsync(ParseResult result, ClientOptions options, Body body, CancellationToken cancellationToken) =>
        RunAsync(result, () => options.Resolve(result), body, cancellationToken);

    private static async Task<int> RunAsync(ParseResult result, Func<ClientTarget> resolve, Body body, CancellationToken cancellationToken)
    {
        var output = result.InvocationConfiguration.Output;
        var error = result.InvocationConfiguration.Error;
        try
        {
            var target = resolve();
            using var api = new ApiClient(target.Server);
            return await body(new ClientContext(api, target, output, error), cancellationToken).ConfigureAwait(false);
        }
        catch (ClientException failure)
        {
            await error.WriteLineAsync(failure.Message).ConfigureAwait(false);
            return CommandFailure.ExitCode;
        }
        catch (Exception failure) when (CommandFailure.IsUserError(failure))
        {
            await error.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
            return CommandFailure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
    }
}
