using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Tests.Fixtures;

/// <summary>Assertions over whole views.</summary>
internal static class ViewAssert
{
    /// <summary>Both views hold the same objects with the same resourceVersions, JSON, labels and fields, at the same position.</summary>
    public static void Identical(ResourceView expected, ResourceView actual)
    {
        var (expectedPosition, expectedObjects) = expected.Snapshot();
        var (actualPosition, actualObjects) = actual.Snapshot();
        Assert.Equal(expectedPosition, actualPosition);
        Assert.Equal(expectedObjects.Select(o => o.Key.PersistenceId), actualObjects.Select(o => o.Key.PersistenceId));
        for (var i = 0; i < expectedObjects.Count; i++)
        {
            var (want, got) = (expectedObjects[i], actualObjects[i]);
            Assert.Equal(want.ResourceVersion, got.ResourceVersion);
            Assert.Equal(want.Uid, got.Uid);
            Assert.True(want.Json.Span.SequenceEqual(got.Json.Span), $"{want} has other JSON after the restart");
            Assert.Equal(want.Labels.OrderBy(p => p.Key), got.Labels.OrderBy(p => p.Key));
            Assert.Equal(want.Fields.OrderBy(p => p.Key), got.Fields.OrderBy(p => p.Key));
        }
    }
}
