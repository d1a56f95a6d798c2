using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.CrashNode;
using ActorOrchestrator.Actors.Persistence.Sql;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

// Usage: crash-node sqlite <data-dir> <file> <actors>
//        crash-node postgresql <connection-string> <schema> <actors>
// Prints "ready", then "ack <persistence-id> <sequence-nr> <count> ." for every acknowledged event, until killed.
if (args.Length != 4 || !int.TryParse(args[3], out var actors))
{
    await Console.Error.WriteLineAsync("usage: crash-node sqlite <data-dir> <file> <actors> | crash-node postgresql <connection-string> <schema> <actors>");
    return 2;
}
var settings = args[0] switch
{
    "sqlite" => SqlPersistenceSettings.Default with { Provider = PersistenceProvider.Sqlite, Sqlite = new SqliteSettings { File = args[2] } },
    "postgresql" => SqlPersistenceSettings.Default with
    {
        Provider = PersistenceProvider.PostgreSql,
        PostgreSql = new PostgresSettings { ConnectionString = args[1], Schema = args[2] },
    },
    _ => null,
};
if (settings is null)
{
    await Console.Error.WriteLineAsync($"unknown provider '{args[0]}'; use sqlite or postgresql");
    return 2;
}
var store = await SqlPersistence.OpenAsync(settings, args[0] == "sqlite" ? args[1] : Path.GetTempPath(), CrashNodeRegistry.Create(), null, null, CancellationToken.None);
var system = ActorSystem.Create("crash-node");
PersistenceExtension.Start(system, store);
Console.Out.WriteLine("ready");
for (var i = 0; i < actors; i++)
{
    var persistenceId = $"crash-{i}";
    system.ActorOf(Props.Create(() => new CountingActor(persistenceId)));
}
await system.WhenTerminated;
return 0;
