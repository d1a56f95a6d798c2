using System.Text.Json.Nodes;
using ActorOrchestrator.Host.Client;

namespace ActorOrchestrator.Host.Tests.Client;

public sealed class RolloutStatusSpec
{
    private static (string, bool) Status(string json) => DeploymentRollout.Status(JsonNode.Parse(json)!.AsObject(), "web");

    [Fact]
    public void A_spec_change_not_yet_observed_is_waited_for() =>
        Assert.Equal(
            ("Waiting for deployment spec update to be observed...", false),
            Status("""{"metadata":{"generation":2},"spec":{"replicas":3},"status":{"observedGeneration":1}}"""));

    [Fact]
    public void Updated_then_old_then_available_replicas_are_reported_in_kubectls_words()
    {
        Assert.Equal(
            ("Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...", false),
            Status("""{"metadata":{"generation":1},"spec":{"replicas":3},"status":{"observedGeneration":1,"updatedReplicas":1,"replicas":3}}"""));
        Assert.Equal(
            ("Waiting for deployment \"web\" rollout to finish: 2 old replicas are pending termination...", false),
            Status("""{"metadata":{"generation":1},"spec":{"replicas":3},"status":{"observedGeneration":1,"updatedReplicas":3,"replicas":5}}"""));
        Assert.Equal(
            ("Waiting for deployment \"web\" rollout to finish: 2 of 3 updated replicas are available...", false),
            Status("""{"metadata":{"generation":1},"spec":{"replicas":3},"status":{"observedGeneration":1,"updatedReplicas":3,"replicas":3,"availableReplicas":2}}"""));
    }

    [Fact]
    public void A_complete_rollout_is_reported_done() =>
        Assert.Equal(
            ("deployment \"web\" successfully rolled out", true),
            Status("""{"metadata":{"generation":4},"spec":{"replicas":1},"status":{"observedGeneration":4,"updatedReplicas":1,"replicas":1,"availableReplicas":1}}"""));

    [Fact]
    public void An_exceeded_progress_deadline_fails() =>
        Assert.Contains(
            "exceeded its progress deadline",
            Assert.Throws<ClientException>(() => Status(
                """{"metadata":{"generation":1},"spec":{"replicas":1},"status":{"observedGeneration":1,"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]}}""")).Message);
}
