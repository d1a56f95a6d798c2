using System.Text;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Serialization;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Api;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Controllers;
using ActorOrchestrator.ControlPlane.Controllers.Events;
using ActorOrchestrator.ControlPlane.Entities;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.NodeAgent.Agent;
using ActorOrchestrator.NodeAgent.Runtime;
using ActorOrchestrator.NodeAgent.Runtime.Process;
using Xunit.Abstractions;

namespace ActorOrchestrator.NodeAgent.Tests.Agent;

/// <summary>
/// A node in one process: a real SQLite journal, the projection and its view, the resource entities and their client,
/// the process runtime and the node agent under test (node "node-1", loopback address, short back-offs).
/// </summary>
internal sealed class AgentHarness : IAsyncDisposable
{
    public const string NodeName = "node-1";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly EventTypeRegistry Registry = ResourceEvents.Register(new EventTypeRegistryBuilder()).Build();

    private readonly XunitLoggerProvider _logs;

    private readonly EventRecorder _recorder;

    private AgentHarness(string directory, IPersistenceStore store, ActorSystem system, ResourceProjection projection, ControlPlaneHandle controlPlane, XunitLoggerProvider logs, AgentSettings settings)
    {
        _recorder = new EventRecorder(controlPlane.Client, "kubelet", NodeName, logs);
        Events = new RecordedEvents(_recorder);
        Directory = directory;
        Store = store;
        Sys = system;
        Projection = projection;
        ControlPlane = controlPlane;
        _logs = logs;
        Settings = settings;
    }

    public string Directory { get; }

    public IPersistenceStore Store { get; }

    public ActorSystem Sys { get; }

    public ResourceProjection Projection { get; }

    public ResourceView View => Projection.View;

    public ControlPlaneHandle ControlPlane { get; }

    public IResourceClient Client => ControlPlane.Client;

    public AgentSettings Settings { get; }

    /// <summary>What the agent recorded; each is also written as an Event object by the real recorder.</summary>
    public RecordedEvents Events { get; }

    public ProcessContainerRuntime? Runtime { get; private set; }

    public NodeAgentHandle? Agent { get; private set; }

    /// <summary>A directory the containers and the spec share (for files a container writes or a probe tests).</summary>
    public string Work => Path.Combine(Directory, "work");

    public static async Task<AgentHarness> StartAsync(ITestOutputHelper output, Func<AgentSettings, AgentSettings>? configure = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("ao-agent-test-").FullName;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "work"));
        var logs = new XunitLoggerProvider(output);
        var storeSettings = SqlPersistenceSettings.Default with { Sqlite = new SqliteSettings { File = "journal.db" } };
        var store = await SqlPersistence.OpenAsync(storeSettings, directory, Registry, logs, null, CancellationToken.None);
        var system = ActorSystem.Create("agent-test", loggerFactory: logs);
        PersistenceExtension.Start(system, store);
        var projection = new ResourceProjection(ReadModelSettings.Default, store.Queries, directory, logs, null);
        await projection.StartAsync(CancellationToken.None).WaitAsync(Patience);
        var controlPlane = ResourceEntities.Start(system, ControlPlaneSettings.Default, projection.View, [], _ => NoEvents.Instance);
        await ResourceEntities.EnsureDefaultNamespacesAsync(controlPlane.Client, CancellationToken.None).WaitAsync(Patience);
        var settings = AgentSettings.Default with
        {
            DataDir = directory,
            NodeIP = "127.0.0.1",
            RestartBackOffBase = TimeSpan.FromMilliseconds(200),
            RestartBackOffMax = TimeSpan.FromSeconds(2),
            PodResyncInterval = TimeSpan.FromSeconds(2),
            NodeStatusUpdateInterval = TimeSpan.FromSeconds(2),
            StatusRetryInterval = TimeSpan.FromMilliseconds(200),
        };
        var harness = new AgentHarness(directory, store, system, projection, controlPlane, logs, configure?.Invoke(settings) ?? settings);
        await harness.StartAgentAsync();
        return harness;
    }

    /// <summary>Opens the runtime over the node's state directory and starts an agent on it.</summary>
    public async Task StartAgentAsync()
    {
        Runtime = await ProcessContainerRuntime.OpenAsync(
            Path.Combine(Directory, "runtime"), ContainerRuntimeSettings.Default with { Process = ContainerRuntimeSettings.Default.Process with { PollInterval = TimeSpan.FromMilliseconds(50) } },
            "127.0.0.1", null, _logs.CreateLogger("runtime"));
        Agent = AgentHost.Start(Sys, Settings, Runtime, View, Client, Events, NodeName, _logs);
    }

    /// <summary>Stops the agent and lets go of the runtime, as an `ao` shutdown does: containers keep running.</summary>
    public async Task DropAgentAsync()
    {
        await Agent!.StopAsync(CancellationToken.None).WaitAsync(Patience);
        await Runtime!.DisposeAsync();
        Agent = null;
        Runtime = null;
    }

    /// <summary>Creates a pod bound to this node (as the scheduler would have).</summary>
    public async Task<Pod> CreatePodAsync(string name, PodSpec spec, IReadOnlyDictionary<string, string>? labels = null)
    {
        var pod = new Pod
        {
            Metadata = new ObjectMeta { Name = name, Namespace = "default", Labels = labels },
            Spec = spec with { NodeName = NodeName, TerminationGracePeriodSeconds = spec.TerminationGracePeriodSeconds ?? 2 },
        };
        return (Pod)await Client.CreateAsync(pod, WriteOptions.Default, CancellationToken.None);
    }

    public static Container Shell(string name, string script) => new() { Name = name, Image = "busybox", Command = ["/bin/sh", "-c", script] };

    public Pod? Pod(string name) => View.Get(ResourceKinds.Pod, "default", name)?.ToObject<Pod>();

    /// <summary>Polls the view until the pod satisfies <paramref name="condition"/>; fails naming the last status seen.</summary>
    public async Task<Pod> WaitForPodAsync(string name, Func<Pod, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience);
        Pod? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = Pod(name);
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"pod {name} never {what}; last seen: {(last is null ? "absent" : Api.Serialization.ApiSerializer.ToJson(last.Status ?? new PodStatus()))}");
        throw new InvalidOperationException();
    }

    public async Task WaitForPodGoneAsync(string name)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (Pod(name) is null)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"pod {name} was never deleted; last seen: {Api.Serialization.ApiSerializer.ToJson(Pod(name)!)}");
    }

    /// <summary>Waits until the runtime holds no sandbox (the agent removes a pod's remains after the pod is gone).</summary>
    public async Task WaitForNoSandboxesAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while ((await Runtime!.ListPodSandboxesAsync()).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Empty(await Runtime!.ListPodSandboxesAsync());
        Assert.Empty(await Runtime!.ListContainersAsync());
    }

    public async Task<string> ReadLogAsync(PodLogRequest request, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        await foreach (var chunk in Agent!.Logs.ReadAsync(request, cancellationToken))
        {
            text.Append(Encoding.UTF8.GetString(chunk.Span));
        }

        return text.ToString();
    }

    /// <summary>The container's status; an empty one before the agent has reported it.</summary>
    public static Api.Core.ContainerStatus Container(Pod pod, string name = "web") =>
        pod.Status?.ContainerStatuses?.SingleOrDefault(status => status.Name == name) ?? new Api.Core.ContainerStatus { Name = name };

    public static string? Condition(Pod pod, string type) => pod.Status?.Conditions?.FirstOrDefault(condition => condition.Type == type)?.Status;

    public int Lines(string file) => File.Exists(Path.Combine(Work, file)) ? File.ReadAllLines(Path.Combine(Work, file)).Length : 0;

    public async ValueTask DisposeAsync()
    {
        if (Agent is not null)
        {
            await Agent.StopAsync(CancellationToken.None).WaitAsync(Patience);
        }

        Runtime ??= await ProcessContainerRuntime.OpenAsync(Path.Combine(Directory, "runtime"), ContainerRuntimeSettings.Default, "127.0.0.1");
        foreach (var sandbox in await Runtime.ListPodSandboxesAsync())
        {
            await Runtime.RemovePodSandboxAsync(sandbox.Id);
        }

        await Runtime.DisposeAsync();
        await _recorder.DisposeAsync();
        await Sys.Terminate();
        await Projection.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A container's last output may still be landing; the temp directory is removed with the machine's.
        }
    }

    private sealed class NoEvents : IEventRecorder
    {
        public static readonly NoEvents Instance = new();

        public void Record(IKubernetesObject involved, string type, string reason, string message)
        {
        }
    }
}
