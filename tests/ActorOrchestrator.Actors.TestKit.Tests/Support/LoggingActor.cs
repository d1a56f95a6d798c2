using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>
/// Logs each <see cref="LogThis"/> through its context logger <c>Times</c> times, then answers "logged" (so a test
/// knows every entry is written); throws the exception of each <see cref="FailWith"/>.
/// </summary>
internal sealed class LoggingActor : ReceiveActor
{
    public LoggingActor()
    {
        Receive<LogThis>(Log);
        Receive<FailWith>(request => throw request.Exception);
    }

    private void Log(LogThis request)
    {
        for (var i = 0; i < request.Times; i++)
        {
            Context.Log.Log(request.Level, "{Text}", request.Text);
        }
        Sender.Tell("logged", Self);
    }

    public sealed record LogThis(LogLevel Level, string Text, int Times = 1);

    public sealed record FailWith(Exception Exception);
}
