using ActorOrchestrator.ControlPlane.Controllers.Deployments;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class DeploymentAnnotationsSpec
{
    [Fact]
    public void A_new_replica_set_gets_the_revision_the_replica_counts_and_the_change_cause_but_not_last_applied()
    {
        var deployment = ControllerObjects.Deployment(replicas: 4);
        deployment = deployment with
        {
            Metadata = deployment.Metadata with
            {
                Annotations = new Dictionary<string, string>
                {
                    ["kubernetes.io/change-cause"] = "kubectl set image deployment/web main=nginx:1.28",
                    ["kubectl.kubernetes.io/last-applied-configuration"] = "{}",
                    [DeploymentAnnotations.Revision] = "1",
                },
            },
        };
        var annotations = new Dictionary<string, string>();

        var changed = DeploymentAnnotations.SetNewReplicaSetAnnotations(deployment, annotations, 2, exists: false, maxReplicas: 5);

        Assert.True(changed);
        Assert.Equal(new Dictionary<string, string>
        {
            ["kubernetes.io/change-cause"] = "kubectl set image deployment/web main=nginx:1.28",
            [DeploymentAnnotations.Revision] = "2",
            [DeploymentAnnotations.DesiredReplicas] = "4",
            [DeploymentAnnotations.MaxReplicas] = "5",
        }, annotations);
    }

    [Fact]
    public void Rolling_back_to_an_old_replica_set_raises_its_revision_and_keeps_the_old_ones_in_the_history()
    {
        var deployment = ControllerObjects.Deployment();
        var annotations = new Dictionary<string, string> { [DeploymentAnnotations.Revision] = "1" };

        DeploymentAnnotations.SetNewReplicaSetAnnotations(deployment, annotations, 3, exists: true, maxReplicas: 0);
        DeploymentAnnotations.SetNewReplicaSetAnnotations(deployment, annotations, 5, exists: true, maxReplicas: 0);

        Assert.Equal("5", annotations[DeploymentAnnotations.Revision]);
        Assert.Equal("1,3", annotations[DeploymentAnnotations.RevisionHistory]);
        Assert.False(annotations.ContainsKey(DeploymentAnnotations.DesiredReplicas));
    }

    [Fact]
    public void A_replica_set_already_at_a_higher_revision_keeps_it()
    {
        var annotations = new Dictionary<string, string> { [DeploymentAnnotations.Revision] = "7" };

        var changed = DeploymentAnnotations.SetNewReplicaSetAnnotations(ControllerObjects.Deployment(), annotations, 3, exists: true, maxReplicas: 0);

        Assert.False(changed);
        Assert.Equal("7", annotations[DeploymentAnnotations.Revision]);
    }
}
