using Microsoft.Extensions.Logging;
using ActorOrchestrator.Actors.Persistence.Sql.Settings;

namespace ActorOrchestrator.Actors.Persistence.Sql.Common;

/// <summary>
/// Opens a store, retrying with exponential back-off while the database is unreachable. Each failed attempt logs one
/// line naming the target and the reason (no stack trace); giving up, or a failure retrying cannot fix, throws a
/// <see cref="PersistenceUnavailableException"/> that says the same.
/// </summary>
internal static partial class StartupRetry
{
    public static async Task InitializeAsync(
        ISqlDialect dialect, StartupSettings settings, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetUtcNow();
        var delay = settings.MinBackoff;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dialect.InitializeAsync(cancellationToken).ConfigureAwait(false);
                if (attempt > 1)
                {
                    LogReached(logger, dialect.Target, attempt);
                }
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && dialect.IsTransient(exception))
            {
                var reason = Describe(exception);
                var elapsed = timeProvider.GetUtcNow() - started;
                if (elapsed + delay > settings.Timeout)
                {
                    throw new PersistenceUnavailableException(dialect.Target,
                        $"{dialect.Target} is unreachable: {reason}. Gave up after {attempt} attempts in {elapsed.TotalSeconds:F0} s (ao.persistence.startup.timeout).",
                        exception);
                }
                LogUnreachable(logger, dialect.Target, reason, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxBackoff.Ticks));
            }
            catch (Exception exception) when (exception is not (PersistenceUnavailableException or OperationCanceledException))
            {
                throw new PersistenceUnavailableException(dialect.Target, $"Cannot open {dialect.Target}: {Describe(exception)}", exception);
            }
        }
    }

    /// <summary>The distinct messages of the exception chain, outermost first.</summary>
    public static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var message = e.Message.Trim().TrimEnd('.');
            if (message.Length > 0 && !messages.Any(m => m.Contains(message, StringComparison.Ordinal)))
            {
                messages.Add(message);
            }
        }
        return string.Join(": ", messages);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "{Target} is unreachable ({Reason}); retrying in {DelayMs} ms")]
    private static partial void LogUnreachable(ILogger logger, string target, string reason, double delayMs);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "{Target} reached after {Attempts} attempts")]
    private static partial void LogReached(ILogger logger, string target, int attempts);
}
