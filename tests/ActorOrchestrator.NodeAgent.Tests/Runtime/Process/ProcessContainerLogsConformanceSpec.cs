using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Tests.Runtime.Conformance;

namespace ActorOrchestrator.NodeAgent.Tests.Runtime.Process;

public sealed class ProcessContainerLogsConformanceSpec : ContainerLogsConformance
{
    private protected override ContainerRuntimeScope CreateScope(ContainerRuntimeSettings settings) => new ProcessRuntimeScope(settings);
}
