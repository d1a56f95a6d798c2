using System.CommandLine;
using ActorOrchestrator.Host.Cli;
using ActorOrchestrator.Host.Configuration;

namespace ActorOrchestrator.Host.Client;

/// <summary>The options every client verb shares: where the API is and which namespace a name is in.</summary>
internal sealed class ClientOptions(ConfigurationOptions configuration)
{
    public Option<string> Kubeconfig { get; } = new("--kubeconfig")
    {
        Description = "The kubeconfig to use; else $KUBECONFIG, else the kubeconfig `ao up` wrote in its data dir",
        HelpName = "FILE",
    };

    public Option<string> Server { get; } = new("--server", "-s")
    {
        Description = "The API server's address (http://HOST:PORT), instead of the kubeconfig's",
        HelpName = "URL",
    };

    public Option<string> Namespace { get; } = new("--namespace", "-n")
    {
        Description = "The namespace; else the kubeconfig context's, else default",
        HelpName = "NS",
    };

    public IEnumerable<Option> All => [Kubeconfig, Server, Namespace];

    /// <summary>Where to send requests and the namespace to use when none is given.</summary>
    /// <exception cref="ClientException">no kubeconfig can be found or read.</exception>
    public ClientTarget Resolve(ParseResult result)
    {
        var explicitNamespace = result.GetValue(Namespace);
        if (result.GetValue(Server) is { } server)
        {
            return Uri.TryCreate(server, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? new ClientTarget(uri, explicitNamespace ?? "default", explicitNamespace is not null)
                : throw new ClientException($"error: --server expects http://HOST:PORT, but got '{server}'");
        }

        var config = Client.Kubeconfig.Read(KubeconfigPath(result));
        return new ClientTarget(config.Server, explicitNamespace ?? config.Namespace ?? "default", explicitNamespace is not null);
    }

    private string KubeconfigPath(ParseResult result)
    {
        if (result.GetValue(Kubeconfig) is { } given)
        {
            return given;
        }

        var fromEnvironment = (Environment.GetEnvironmentVariable("KUBECONFIG") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (fromEnvironment.Length > 0)
        {
            return fromEnvironment.FirstOrDefault(File.Exists)
                ?? throw new ClientException($"error: no kubeconfig found at $KUBECONFIG ({string.Join(Path.PathSeparator, fromEnvironment)})");
        }

        var dataDirectory = ConfigurationLoader.Load(configuration.Read(result)).Config.GetString("ao.node.data-dir");
        var path = Path.GetFullPath(Path.Combine(dataDirectory, Client.Kubeconfig.FileName));
        return File.Exists(path)
            ? path
            : throw new ClientException(
                $"error: no kubeconfig at {path}; start a node with `ao up`, or pass --kubeconfig FILE, $KUBECONFIG or --server URL");
    }
}
