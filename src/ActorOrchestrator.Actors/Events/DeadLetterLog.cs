using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors;

/// <summary>
/// Logs dead letters and unhandled messages without flooding: the first <c>DeadLetterLogLimit</c> one line each,
/// then one summary line per <c>DeadLetterSummaryInterval</c> with the number suppressed meanwhile.
/// </summary>
internal sealed class DeadLetterLog(ActorSystem system)
{
    private readonly Lock _gate = new();
    private int _logged;
    private long _suppressed;
    private long _windowStart;

    public void Record(object message, IActorRef sender, IActorRef recipient, bool unhandled)
    {
        var settings = system.Settings;
        if (system.IsTerminating && !settings.LogDeadLettersDuringShutdown)
        {
            return;
        }
        var logger = system.KernelLogger;
        long suppressedToReport = 0;
        lock (_gate)
        {
            var now = system.TimeProvider.GetTimestamp();
            if (_logged < settings.DeadLetterLogLimit)
            {
                _logged++;
                if (_logged == settings.DeadLetterLogLimit)
                {
                    _windowStart = now;
                }
            }
            else if (system.TimeProvider.GetElapsedTime(_windowStart, now) >= settings.DeadLetterSummaryInterval)
            {
                suppressedToReport = _suppressed + 1;
                _suppressed = 0;
                _windowStart = now;
            }
            else
            {
                _suppressed++;
                return;
            }
        }
        if (suppressedToReport > 0)
        {
            KernelLog.DeadLetterSummary(logger, suppressedToReport, settings.DeadLetterSummaryInterval);
        }
        else if (unhandled)
        {
            KernelLog.UnhandledMessage(logger, message.GetType().Name, recipient.Path.ToString(), sender.Path.ToString());
        }
        else
        {
            KernelLog.DeadLetter(logger, message.GetType().Name, recipient.Path.ToString(), sender.Path.ToString());
        }
    }
}
