using Xunit.Abstractions;

namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>A kit created and disposed by a test itself, to check what the kit does around a test.</summary>
internal sealed class StandaloneKit(
    ActorSystemSettings? settings = null,
    string? systemName = null,
    ITestOutputHelper? output = null,
    TestKitSettings? testKitSettings = null)
    : TestKit(settings, systemName, output, testKitSettings: testKitSettings);
