namespace ActorOrchestrator.Actors.Remote.Tests;

/// <summary>A second member in the test process: its own actor system with remoting.</summary>
public sealed class Peer(ActorSystem system, Remoting remoting)
{
    public ActorSystem System { get; } = system;

    public Remoting Remoting { get; } = remoting;

    public RemoteAddress Address => Remoting.Address;

    /// <summary>Stops the system, then remoting (so the peers hear its actors stop, then that it left); idempotent.</summary>
    public async Task StopAsync()
    {
        await System.Terminate().ConfigureAwait(false);
        await Remoting.StopAsync().ConfigureAwait(false);
    }
}
