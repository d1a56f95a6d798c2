using ActorOrchestrator.Host.Cli;

namespace ActorOrchestrator.Host.Tests;

public sealed class JournalOptionSpec
{
    [Fact]
    public void A_sqlite_journal_sets_the_provider_and_the_file() =>
        Assert.Equal(
            ["ao.persistence.provider=\"sqlite\"", "ao.persistence.sqlite.file=\"/srv/ao/journal.db\""],
            JournalOption.ToSettings("sqlite:/srv/ao/journal.db"));

    [Fact]
    public void A_postgresql_url_becomes_a_connection_string_with_user_password_host_port_and_database()
    {
        var settings = JournalOption.ToSettings("postgresql://ao:s%3Bcret@db.local:6543/cluster");

        Assert.Equal("ao.persistence.provider=\"postgresql\"", settings[0]);
        Assert.Equal(
            "ao.persistence.postgresql.connection-string=\"Host=db.local;Port=6543;Database=cluster;Username=ao;Password=\\u0022s;cret\\u0022\"",
            settings[1]);
    }

    [Fact]
    public void A_postgresql_url_without_port_uses_5432() =>
        Assert.Contains("Port=5432", JournalOption.ToSettings("postgresql://ao@db/cluster")[1]);

    [Theory]
    [InlineData("sqlite:")]
    [InlineData("postgresql://db")]
    [InlineData("journal.db")]
    public void Anything_else_is_a_usage_error_naming_the_forms(string journal)
    {
        var error = Assert.Throws<UsageException>(() => JournalOption.ToSettings(journal));
        Assert.Contains("sqlite:PATH", error.Message);
    }
}
