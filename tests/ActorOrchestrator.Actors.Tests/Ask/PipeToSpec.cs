using ActorOrchestrator.Actors.Tests.Support;

namespace ActorOrchestrator.Actors.Tests.Ask;

public sealed class PipeToSpec : KernelSpec
{
    [Fact]
    public void A_successful_task_sends_its_result()
    {
        Task.FromResult(42).PipeTo(TestActor);
        ExpectMsg(42);
    }

    [Fact]
    public void The_result_can_be_mapped_and_the_sender_chosen()
    {
        var probe = CreateTestProbe();
        Task.FromResult(21).PipeTo(TestActor, probe.Ref, success: value => $"doubled {value * 2}");
        ExpectMsg("doubled 42");
        Assert.Equal(probe.Ref, LastSender);
    }

    [Fact]
    public void A_faulted_task_sends_Status_Failure_with_the_exception()
    {
        Task.FromException<int>(new InvalidOperationException("broken")).PipeTo(TestActor);
        Assert.Equal("broken", ExpectMsg<Status.Failure>().Cause.Message);
    }

    [Fact]
    public void A_cancelled_task_sends_Status_Failure_with_TaskCanceledException()
    {
        Task.FromCanceled(new CancellationToken(canceled: true)).PipeTo(TestActor);
        Assert.IsType<TaskCanceledException>(ExpectMsg<Status.Failure>().Cause);
    }

    [Fact]
    public void A_plain_task_sends_Status_Success()
    {
        Task.CompletedTask.PipeTo(TestActor);
        ExpectMsg<Status.Success>();
    }
}
