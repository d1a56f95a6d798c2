using Microsoft.Extensions.Logging;

namespace ActorOrchestrator.Actors.TestKit.Tests.Support;

/// <summary>Logs each <see cref="LogThis"/> through its context logger; throws the exception of each <see cref="FailWith"/>.</summary>
internal sealed class LoggingActor : ReceiveActor
{
    public LoggingActor()
    {
        Receive<LogThis>(request => Context.Log.Log(request.Level, "{Text}", request.Text));
        Receive<FailWith>(request => throw request.Exception);
    }

    public sealed record LogThis(LogLevel Level, string Text);

    public sealed record FailWith(Exception Exception);
}
