using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.ControlPlane.Controllers.Deployments;

namespace ActorOrchestrator.ControlPlane.Tests.ControllerSpecs;

public sealed class PodTemplateHashSpec
{
    [Fact]
    public void The_hash_is_stable_whatever_order_the_labels_were_written_in()
    {
        var one = Labelled(("app", "web"), ("tier", "front"), ("track", "stable"));
        var other = Labelled(("track", "stable"), ("app", "web"), ("tier", "front"));

        Assert.Equal(PodTemplateHash.Compute(one, null), PodTemplateHash.Compute(other, null));
        Assert.Equal(PodTemplateHash.Compute(one, 2), PodTemplateHash.Compute(other, 2));
    }

    [Fact]
    public void A_different_image_or_collision_count_gives_a_different_hash_spelled_in_the_safe_alphabet()
    {
        var hashes = new[]
        {
            PodTemplateHash.Compute(ControllerObjects.Template("nginx:1.27"), null),
            PodTemplateHash.Compute(ControllerObjects.Template("nginx:1.28"), null),
            PodTemplateHash.Compute(ControllerObjects.Template("nginx:1.27"), 0),
            PodTemplateHash.Compute(ControllerObjects.Template("nginx:1.27"), 1),
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
        Assert.All(hashes, hash =>
        {
            Assert.InRange(hash.Length, 1, 10);
            Assert.All(hash, c => Assert.Contains(c, "bcdfghjklmnpqrstvwxz2456789"));
        });
    }

    [Fact]
    public void The_hash_of_a_template_is_the_same_in_every_process()
    {
        // FNV-1a over canonical JSON, no per-process seed: a restarted controller finds its replica set by name.
        var template = ControllerObjects.Template("nginx:1.27");

        Assert.Equal(PodTemplateHash.Compute(template, null), PodTemplateHash.Compute(template with { }, null));
        Assert.Equal("456789bcdf", PodTemplateHash.SafeEncode("0123456789"));
    }

    [Fact]
    public void Templates_equal_apart_from_the_hash_label_are_the_same_template()
    {
        var deploymentTemplate = ControllerObjects.Template();
        var rsTemplate = deploymentTemplate with
        {
            Metadata = deploymentTemplate.Metadata with { Labels = PodTemplateHash.WithLabel(deploymentTemplate.Metadata.Labels, "7d4f9c") },
        };
        var emptyListsTemplate = deploymentTemplate with { Spec = deploymentTemplate.Spec with { Tolerations = [], Volumes = [] } };

        Assert.True(PodTemplateHash.EqualIgnoringHash(deploymentTemplate, rsTemplate));
        Assert.True(PodTemplateHash.EqualIgnoringHash(deploymentTemplate, emptyListsTemplate));
        Assert.False(PodTemplateHash.EqualIgnoringHash(deploymentTemplate, ControllerObjects.Template("nginx:1.28")));
    }

    private static PodTemplateSpec Labelled(params (string Key, string Value)[] labels)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, value) in labels)
        {
            map[key] = value;
        }

        return ControllerObjects.Template() with { Metadata = new ObjectMeta { Labels = map } };
    }
}
