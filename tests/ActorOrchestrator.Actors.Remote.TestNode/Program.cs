using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Remote;
using ActorOrchestrator.Actors.Remote.TestNode;

// A member for multi-process remoting tests: `TestNode SYSTEM PORT` starts SYSTEM with remoting on 127.0.0.1:PORT
// (0 = any free port) and an Echo actor at /user/echo, prints "READY <address> <uid>" and runs until stdin closes.
if (args.Length != 2 || !int.TryParse(args[1], out var port))
{
    Console.Error.WriteLine("usage: TestNode SYSTEM PORT");
    return 2;
}
var system = ActorSystem.Create(args[0], ActorSystemSettings.Default with { RunCoordinatedShutdownOnProcessExit = false });
var remoting = Remoting.Start(system, TestMessageSerializer.Default(), RemoteSettings.Default with
{
    Port = port,
    HeartbeatInterval = TimeSpan.FromMilliseconds(200),
    AcceptableHeartbeatPause = TimeSpan.FromSeconds(2),
});
system.ActorOf(Props.Create<Echo>(), "echo");
Console.WriteLine($"READY {remoting.Address} {remoting.Uid}");
await Console.In.ReadToEndAsync();
await system.Terminate();
await remoting.StopAsync();
return 0;
