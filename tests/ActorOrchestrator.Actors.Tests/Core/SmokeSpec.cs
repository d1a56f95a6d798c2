using ActorOrchestrator.Actors;

namespace ActorOrchestrator.Actors.Tests.Core;

public sealed class SmokeSpec : IAsyncLifetime
{
    private readonly ActorSystem _system = ActorSystem.Create("smoke");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _system.Terminate();

    [Fact]
    public async Task Ask_gets_the_reply_of_a_receive_actor()
    {
        var echo = _system.ActorOf(Props.Create(() => new Echo()), "echo");
        var reply = await echo.Ask<string>("hello", TimeSpan.FromSeconds(5));
        Assert.Equal("hello!", reply);
        Assert.Equal("ao://smoke/user/echo", echo.Path.ToString());
    }

    [Fact]
    public async Task Watch_delivers_Terminated_when_the_actor_stops()
    {
        var echo = _system.ActorOf(Props.Create(() => new Echo()));
        using var inbox = Inbox.Create(_system);
        inbox.Watch(echo);
        echo.Tell(PoisonPill.Instance);
        var envelope = await inbox.ReceiveAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(echo, Assert.IsType<Terminated>(envelope.Message).ActorRef);
    }

    private sealed class Echo : ReceiveActor
    {
        public Echo()
        {
            Receive<string>(s => Sender.Tell(s + "!"));
        }
    }
}
