using ActorOrchestrator.Actors;
using ActorOrchestrator.Actors.Persistence;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;
using ActorOrchestrator.Hocon;
using ActorOrchestrator.Host.Settings;

namespace ActorOrchestrator.Host.Tests;

public sealed class HostSettingsSpec
{
    private static readonly Config Defaults = Config.ParseFile(Path.Combine(AppContext.BaseDirectory, "reference.conf"));

    private static HostSettings Read(string overrides) =>
        HostSettings.From(Config.ParseString(overrides, "app.conf").WithFallback(Defaults).Resolve(_ => null));

    [Fact]
    public void The_defaults_read_into_an_all_in_one_member_named_after_the_machine()
    {
        var settings = Read("");

        Assert.Equal(Environment.MachineName, settings.Node.Name);
        Assert.Equal([NodeRole.ControlPlane, NodeRole.Worker], settings.Node.Roles.Order());
        Assert.Empty(settings.Node.SeedNodes);
        Assert.Equal(Defaults.GetInt("ao.api.port"), settings.Api.Port);
    }

    [Fact]
    public void The_defaults_of_reference_conf_are_the_kernel_and_journal_defaults()
    {
        var settings = Read("");

        Assert.Equal(SqlPersistenceSettings.Default, settings.Persistence);
        Assert.Equal(PersistentActorSettings.Default, settings.PersistentActors);
        Assert.Equal(ActorSystemSettings.Default with { ShutdownPhaseTimeouts = settings.Actors.ShutdownPhaseTimeouts }, settings.Actors);
        var kernel = ActorSystemSettings.Default;
        Assert.All(CoordinatedShutdown.Phases, phase => Assert.Equal(
            kernel.ShutdownPhaseTimeouts.GetValueOrDefault(phase, kernel.DefaultShutdownPhaseTimeout),
            settings.Actors.ShutdownPhaseTimeouts[phase]));
    }

    [Fact]
    public void A_changed_default_phase_timeout_applies_to_every_phase_without_its_own()
    {
        var settings = Read("ao.actors.coordinated-shutdown.default-phase-timeout = 7s");

        Assert.Equal(TimeSpan.FromSeconds(7), settings.Actors.ShutdownPhaseTimeouts[CoordinatedShutdown.PhaseServiceUnbind]);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.Actors.ShutdownPhaseTimeouts[CoordinatedShutdown.PhaseActorSystemTerminate]);
    }

    [Fact]
    public void Journal_settings_are_read_with_their_units()
    {
        var settings = Read("""
            ao.persistence { provider = postgresql, group-commit { linger = 5ms, max-batch-size = 200 }, sqlite.synchronous = normal }
            """);

        Assert.Equal(PersistenceProvider.PostgreSql, settings.Persistence.Provider);
        Assert.Equal(TimeSpan.FromMilliseconds(5), settings.Persistence.GroupCommit.Linger);
        Assert.Equal(200, settings.Persistence.GroupCommit.MaxBatchSize);
        Assert.Equal(SqliteSynchronous.Normal, settings.Persistence.Sqlite.Synchronous);
    }

    [Fact]
    public void An_unknown_journal_provider_is_refused_naming_the_key() =>
        Assert.Contains(
            "ao.persistence.provider: must be sqlite or postgresql",
            Assert.ThrowsAny<ConfigException>(() => Read("ao.persistence.provider = mysql")).Message);

    [Fact]
    public void Configured_values_are_read()
    {
        var settings = Read("""
            ao.node { name = n1, roles = [worker], seed-nodes = ["10.0.0.1:7400"], data-dir = /srv/ao }
            ao.api { host = "0.0.0.0", port = 8443 }
            """);

        Assert.Equal(new HashSet<NodeRole> { NodeRole.Worker }, settings.Node.Roles);
        Assert.Equal("n1", settings.Node.Name);
        Assert.Equal(["10.0.0.1:7400"], settings.Node.SeedNodes);
        Assert.Equal("/srv/ao", settings.Node.DataDirectory);
        Assert.Equal(("0.0.0.0", 8443), (settings.Api.Host, settings.Api.Port));
    }

    [Theory]
    [InlineData("ao.api.port = abc", "ao.api.port: expected a number but got \"abc\" (app.conf:1:15)")]
    [InlineData("ao.node.roles = [worker, chef]", "ao.node.roles: must list one or both of control-plane and worker but got [\"worker\", \"chef\"] (app.conf:1:17)")]
    [InlineData("ao.node.roles = []", "ao.node.roles: must list one or both of control-plane and worker but got [] (app.conf:1:17)")]
    [InlineData("ao.node.seed-nodes = [somewhere]", "ao.node.seed-nodes: must hold host:port addresses with a port from 1 to 65535 but got [\"somewhere\"] (app.conf:1:22)")]
    [InlineData("ao.node.data-dir = \"\"", "ao.node.data-dir: must name a directory but got \"\" (app.conf:1:20)")]
    public void A_bad_value_names_its_key_value_and_position(string overrides, string message)
    {
        var error = Assert.ThrowsAny<ConfigException>(() => Read(overrides));

        Assert.Equal(message, error.Message);
    }
}
