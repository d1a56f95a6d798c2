using System.Globalization;
using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Cluster;
using ActorOrchestrator.Actors.Cluster.Membership;
using ActorOrchestrator.Actors.Cluster.Serialization;
using ActorOrchestrator.Actors.Cluster.Singleton;
using ActorOrchestrator.Actors.Cluster.TestNode;
using ActorOrchestrator.Actors.Remote;
using Microsoft.Extensions.Logging;

// A cluster member for multi-process tests: `TestNode HOST PORT SEEDS [fast]` starts system "cluster" with remoting on
// HOST:PORT, joins through SEEDS (comma-separated host:port), runs a singleton manager at /user/manager, prints
// "READY <host:port> <uid>", then "EVENT <Event> <member> <status> <up-number>" per cluster event and "SINGLETON START|STOP
// <host:port>" when the singleton starts or stops here, "LOG ..." for log lines and "TERMINATED" once the system has stopped. "fast" shortens the cluster timings; otherwise the defaults
// apply. Runs until stdin closes (then leaves gracefully) or the member is downed.
if (args.Length is < 3 or > 4 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var port))
{
    Console.Error.WriteLine("usage: TestNode HOST PORT SEEDS [fast]");
    return 2;
}
var fast = args.Length == 4 && args[3] == "fast";
using var logs = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new StdoutLoggerProvider()));
var system = ActorSystem.Create("cluster", ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false }, logs);
var remoting = Remoting.Start(system, new ClusterMessageSerializer(NoOtherMessages.Instance), (fast ? NodeTimings.FastRemoting : RemoteSettings.Default) with
{
    Hostname = args[0],
    Port = port,
});
var seeds = args[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(NodeAddress.Parse);
var cluster = Cluster.Start(system, remoting, (fast ? NodeTimings.FastCluster : ClusterSettings.Default) with { SeedNodes = [.. seeds] });
var self = $"{remoting.Address.Host}:{remoting.Address.Port}";
system.ActorOf(Props.Create(() => new EventPrinter(cluster)), "events");
system.ActorOf(ClusterSingletonManager.Props(
    cluster,
    Props.Create(() => new PrintingSingleton(self)),
    PoisonPill.Instance,
    fast ? ClusterSingletonManagerSettings.Default with { HandOverRetryInterval = TimeSpan.FromMilliseconds(200), RemovalMargin = TimeSpan.FromSeconds(2) } : null), "manager");
Console.WriteLine($"READY {self} {remoting.Uid}");
var stdinClosed = Task.Run(() => Console.In.ReadToEnd());
await Task.WhenAny(stdinClosed, system.WhenTerminated);
await system.Terminate();
Console.WriteLine("TERMINATED");
try
{
    // Telling unreachable peers goodbye must not keep a downed member's process alive.
    await remoting.StopAsync().WaitAsync(TimeSpan.FromSeconds(5));
}
catch (TimeoutException)
{
    Console.WriteLine("LOG Warning remoting did not stop within 5 s");
}
return 0;
