using ActorOrchestrator.Actors;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.Entities;

namespace ActorOrchestrator.ControlPlane.Tests.Entities;

public sealed class JournalFailureSpec
{
    [Fact]
    public async Task A_write_the_journal_cannot_store_answers_503_ServiceUnavailable()
    {
        await using var plane = await ControlPlaneHarness.StartAsync();
        var created = (ConfigMap)await plane.Client.CreateAsync(NewObjects.ConfigMap("cm"), WriteOptions.Default, CancellationToken.None);
        await plane.Store.DisposeAsync();

        var refused = await Assert.ThrowsAsync<StatusException>(() => plane.Client.UpdateAsync(
            created with { Data = new Dictionary<string, string> { ["key"] = "2" } }, WriteOptions.Default, CancellationToken.None));

        Assert.Equal(503, refused.Code);
        Assert.Equal("ServiceUnavailable", refused.Reason);
        Assert.Contains("configmap/default/cm", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_whose_entity_does_not_answer_in_time_answers_504_Timeout()
    {
        await using var plane = await ControlPlaneHarness.StartAsync();
        await plane.CaughtUpAsync(await plane.Client.CreateAsync(NewObjects.ConfigMap("seen"), WriteOptions.Default, CancellationToken.None));
        var unresponsive = plane.System.ActorOf(Props.Create(() => new Unresponsive()));
        var impatient = new ShardedResourceClient(unresponsive, plane.View, ControlPlaneSettings.Default with { AskTimeout = TimeSpan.FromMilliseconds(500) });

        var refused = await Assert.ThrowsAsync<StatusException>(() => impatient.CreateAsync(
            NewObjects.ConfigMap("never"), WriteOptions.Default, CancellationToken.None));

        Assert.Equal(504, refused.Code);
        Assert.Equal("Timeout", refused.Reason);
        Assert.Equal("the entity of ConfigMap configmap/default/never did not answer within 0.5 s (ao.control-plane.ask-timeout)", refused.Message);
    }

    /// <summary>Stands in for a region whose entity never answers (a member cut off, an entity stuck in recovery).</summary>
    private sealed class Unresponsive : ActorBase
    {
        protected override bool Receive(object message) => true;
    }
}
