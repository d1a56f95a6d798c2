using System.Data.Common;
using System.Text.Json;

namespace ActorOrchestrator.Host.Cli;

/// <summary>
/// The <c>--journal</c> option: <c>sqlite:PATH</c> or <c>postgresql://USER[:PASS]@HOST[:PORT]/DB</c>, turned into
/// the <c>ao.persistence</c> settings it stands for (as <c>key=value</c> layers, like <c>--set</c>).
/// </summary>
internal static class JournalOption
{
    public const string HelpName = "sqlite:PATH|postgresql://USER[:PASS]@HOST:PORT/DB";

    /// <exception cref="UsageException">the text is neither form.</exception>
    public static IReadOnlyList<string> ToSettings(string journal)
    {
        if (journal.StartsWith("sqlite:", StringComparison.Ordinal) && journal.Length > "sqlite:".Length)
        {
            return [Setting("provider", "sqlite"), Setting("sqlite.file", journal["sqlite:".Length..])];
        }

        if ((journal.StartsWith("postgresql://", StringComparison.Ordinal) || journal.StartsWith("postgres://", StringComparison.Ordinal))
            && Uri.TryCreate(journal, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && uri.AbsolutePath.Length > 1)
        {
            var user = uri.UserInfo.Split(':', 2);
            var connection = new DbConnectionStringBuilder
            {
                ["Host"] = uri.Host,
                ["Port"] = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
                ["Database"] = Uri.UnescapeDataString(uri.AbsolutePath[1..]),
            };
            if (user[0].Length > 0)
            {
                connection["Username"] = Uri.UnescapeDataString(user[0]);
            }
            if (user.Length == 2)
            {
                connection["Password"] = Uri.UnescapeDataString(user[1]);
            }
            return [Setting("provider", "postgresql"), Setting("postgresql.connection-string", connection.ConnectionString)];
        }

        throw new UsageException($"--journal expects {HelpName}, but got '{journal}'");
    }

    private static string Setting(string key, string value) => $"ao.persistence.{key}={JsonSerializer.Serialize(value)}";
}
