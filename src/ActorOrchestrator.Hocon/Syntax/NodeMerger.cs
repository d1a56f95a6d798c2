namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>The one merge rule of HOCON, used for duplicate keys, includes, concatenated objects and fallbacks.</summary>
internal static class NodeMerger
{
    /// <summary>Merges <paramref name="later"/> over <paramref name="earlier"/>.</summary>
    public static HoconNode Merge(HoconNode earlier, HoconNode later)
    {
        if (later is HoconObject laterObject)
        {
            if (earlier is HoconObject earlierObject)
            {
                return MergeObjects(earlierObject, laterObject);
            }

            if (!earlier.IsUnresolved)
            {
                return laterObject.IgnoringFallbacks();
            }
        }
        else if (!later.IsUnresolved)
        {
            return later;
        }

        return Stack(earlier, later);
    }

    public static HoconObject MergeObjects(HoconObject earlier, HoconObject later)
    {
        if (later.IgnoresFallbacks)
        {
            return later;
        }

        var builder = new ObjectBuilder();
        builder.MergeObject(earlier);
        builder.MergeObject(later);
        return builder.Build(later.Origin, earlier.IgnoresFallbacks);
    }

    private static HoconMergeStack Stack(HoconNode earlier, HoconNode later)
    {
        var layers = new List<HoconNode>();
        AddLayers(layers, earlier);
        AddLayers(layers, later);

        // A plain value hides everything below it, so those layers can never be seen again.
        var lowestVisible = layers.FindLastIndex(layer => layer is HoconScalar or HoconArray);
        if (lowestVisible > 0)
        {
            layers.RemoveRange(0, lowestVisible);
        }

        return new HoconMergeStack(layers, later.Origin);
    }

    private static void AddLayers(List<HoconNode> layers, HoconNode node)
    {
        if (node is HoconMergeStack stack)
        {
            layers.AddRange(stack.Layers);
        }
        else
        {
            layers.Add(node);
        }
    }
}
