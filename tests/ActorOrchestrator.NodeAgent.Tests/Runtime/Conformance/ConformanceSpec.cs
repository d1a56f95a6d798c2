using ActorOrchestrator.NodeAgent.Runtime;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

/// <summary>Base of the conformance specs every runtime driver passes: a driver's spec class supplies its scope.</summary>
public abstract class ConformanceSpec : IAsyncLifetime
{
    private ContainerRuntimeScope? _scope;

    internal ContainerRuntimeScope Scope => _scope ?? throw new InvalidOperationException("The scope opens in InitializeAsync.");

    internal IContainerRuntime Runtime => Scope.Runtime;

    public virtual async Task InitializeAsync()
    {
        _scope = CreateScope(ContainerRuntimeScope.FastSettings(LogSettings));
        await _scope.InitializeRuntimeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_scope is not null)
        {
            await _scope.DisposeAsync();
        }
    }

    /// <summary>Log settings of the runtime under test; the defaults unless a spec needs small limits.</summary>
    private protected virtual ActorOrchestrator.NodeAgent.Logs.ContainerLogSettings? LogSettings => null;

    /// <summary>The driver's scope over the given settings (not opened yet).</summary>
    private protected abstract ContainerRuntimeScope CreateScope(ContainerRuntimeSettings settings);
}
