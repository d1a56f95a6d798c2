using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Resolution;

/// <summary>
/// Resolves every substitution of a merged document. Lookups walk the unresolved tree lazily and resolve
/// only what they pass through, so an object may refer to its own fields; a field being defined is hidden
/// from its own value (a self-reference sees the earlier value), and reaching it again is a cycle.
/// Every node is resolved once and its result kept, so each occurrence of a substitution has one value
/// even where the specification leaves the order of resolution open.
/// </summary>
internal sealed class Resolver
{
    private const int MaxDepth = 512;

    private readonly HoconObject _root;
    private readonly Func<string, string?> _environment;
    private readonly Dictionary<HoconNode, HoconNode?> _memo = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<HoconNode> _inProgress = new(ReferenceEqualityComparer.Instance);
    private readonly List<HoconSubstitution> _trail = [];

    private Resolver(HoconObject root, Func<string, string?> environment)
    {
        _root = root;
        _environment = environment;
    }

    /// <summary>Resolves the document; a substitution not found in it falls back to <paramref name="environment"/>.</summary>
    public static HoconObject Resolve(HoconObject root, Func<string, string?> environment) =>
        (HoconObject)new Resolver(root, environment).ResolveNode(HoconPath.Root, root, ResolveContext.Empty)!;

    /// <summary>Resolves a node standing at <paramref name="path"/> (null inside lists); null means undefined.</summary>
    private HoconNode? ResolveNode(HoconPath? path, HoconNode node, ResolveContext context, bool hideOwnPath = true)
    {
        if (node is HoconScalar)
        {
            return node;
        }

        if (_memo.TryGetValue(node, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(node))
        {
            throw CycleThrough(node);
        }

        try
        {
            if (_inProgress.Count > MaxDepth)
            {
                throw new ConfigResolveException(node.Origin, $"substitutions chain through more than {MaxDepth} values here");
            }

            var result = node switch
            {
                HoconObject obj => ResolveObject(path, obj, context),
                HoconArray array => ResolveArray(array, context),
                HoconMergeStack stack => ResolveStack(path, stack, context),
                _ => ResolveSelfReferential(path, node, hideOwnPath && path is not null ? context.With(path, null, _trail.Count) : context),
            };
            _memo[node] = result;
            return result;
        }
        finally
        {
            _inProgress.Remove(node);
        }
    }

    private HoconObject ResolveObject(HoconPath? path, HoconObject obj, ResolveContext context)
    {
        var keys = new List<string>(obj.Count);
        var fields = new Dictionary<string, HoconNode>(obj.Count, StringComparer.Ordinal);
        foreach (var key in obj.Keys)
        {
            var childPath = path?.Append(key);
            var child = obj[key];
            if (childPath is not null && !context.IsEmpty && context.Find(childPath) is { } hidden)
            {
                child = hidden.Replacement ?? throw CycleThrough(obj);
            }

            if (ResolveNode(childPath, child, context) is { } value)
            {
                keys.Add(key);
                fields[key] = value;
            }
        }

        return new HoconObject(keys, fields, obj.Origin, obj.IgnoresFallbacks);
    }

    private HoconArray ResolveArray(HoconArray array, ResolveContext context)
    {
        var items = new List<HoconNode>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (ResolveNode(null, item, context) is { } value)
            {
                items.Add(value);
            }
        }

        return new HoconArray(items, array.Origin);
    }

    /// <summary>Resolves the layers from the latest down: objects merge, the first other value ends it.</summary>
    private HoconNode? ResolveStack(HoconPath? path, HoconMergeStack stack, ResolveContext context)
    {
        HoconObject? merged = null;
        for (var i = stack.Layers.Count - 1; i >= 0; i--)
        {
            var value = ResolveLayer(path, stack, i, context);
            if (value is null)
            {
                continue;
            }

            if (value is not HoconObject obj)
            {
                return (HoconNode?)merged ?? value;
            }

            merged = merged is null ? obj : NodeMerger.MergeObjects(obj, merged);
        }

        return merged;
    }

    private HoconNode? ResolveLayer(HoconPath? path, HoconMergeStack stack, int index, ResolveContext context)
    {
        var layer = stack.Layers[index];
        if (!layer.IsUnresolved || path is null)
        {
            return ResolveNode(path, layer, context);
        }

        var below = index switch
        {
            0 => null,
            1 => stack.Layers[0],
            _ => new HoconMergeStack([.. stack.Layers.Take(index)], stack.Layers[index - 1].Origin),
        };
        return ResolveNode(path, layer, context.With(path, below, _trail.Count), hideOwnPath: false);
    }

    private HoconNode? ResolveSelfReferential(HoconPath? path, HoconNode node, ResolveContext context) => node switch
    {
        HoconSubstitution substitution => ResolveSubstitution(substitution, context),
        HoconConcatenation concatenation => Concatenator.Combine(
            [.. concatenation.Parts.Select(part => (part.Separator, ResolveNode(part.Value is HoconObject ? path : null, part.Value, context)))],
            (origin, reason) => new ConfigResolveException(origin, reason)),
        _ => throw new InvalidOperationException($"unexpected node {node.GetType().Name}"),
    };

    private HoconNode? ResolveSubstitution(HoconSubstitution substitution, ResolveContext context)
    {
        _trail.Add(substitution);
        try
        {
            var (value, cycle) = Lookup(substitution.Path, context);
            if (value is null && cycle is null && substitution.UnprefixedPath is not null)
            {
                (value, cycle) = Lookup(substitution.UnprefixedPath, context);
            }

            if (value is not null)
            {
                return value;
            }

            if (cycle is not null)
            {
                return substitution.Optional ? null : throw CycleError(cycle, substitution);
            }

            var variable = string.Join('.', substitution.WrittenPath.Segments);
            var fromEnvironment = _environment(variable);
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return HoconScalar.String(fromEnvironment, ConfigOrigin.Named($"environment variable {variable}"));
            }

            return substitution.Optional
                ? null
                : throw new ConfigResolveException(substitution.Origin, $"cannot resolve {substitution}: nothing is configured at {substitution.WrittenPath} and there is no environment variable {variable}");
        }
        finally
        {
            _trail.RemoveAt(_trail.Count - 1);
        }
    }

    /// <summary>Finds and resolves the value at an absolute path; a cycle marker on the way is returned instead.</summary>
    private (HoconNode? Value, ResolveContext? Cycle) Lookup(HoconPath target, ResolveContext context)
    {
        HoconNode current = _root;
        var path = HoconPath.Root;
        foreach (var segment in target.Segments)
        {
            var child = Child(path, current, segment, context);
            if (child is null)
            {
                return (null, null);
            }

            path = path.Append(segment);
            if (!context.IsEmpty && context.Find(path) is { } hidden)
            {
                if (hidden.Replacement is null)
                {
                    return (null, hidden);
                }

                child = hidden.Replacement;
            }

            current = child;
        }

        return (ResolveNode(path, current, context), null);
    }

    private HoconNode? Child(HoconPath path, HoconNode node, string key, ResolveContext context) => node switch
    {
        HoconObject obj => obj.TryGet(key, out var value) ? value : null,
        HoconMergeStack stack => ChildOfStack(path, stack, key, context),
        HoconSubstitution or HoconConcatenation =>
            ResolveNode(path, node, context) is HoconObject resolved && resolved.TryGet(key, out var value) ? value : null,
        _ => null,
    };

    /// <summary>The value of one key across the layers of a stack, without resolving the rest of the stack.</summary>
    private HoconNode? ChildOfStack(HoconPath path, HoconMergeStack stack, string key, ResolveContext context)
    {
        var found = new List<HoconNode>();
        for (var i = stack.Layers.Count - 1; i >= 0; i--)
        {
            var shape = stack.Layers[i].IsUnresolved ? ResolveLayer(path, stack, i, context) : stack.Layers[i];
            if (shape is null)
            {
                continue;
            }

            if (shape is not HoconObject obj)
            {
                break;
            }

            if (obj.TryGet(key, out var value))
            {
                found.Add(value);
                if (value is not HoconObject && !value.IsUnresolved)
                {
                    break;
                }
            }
        }

        found.Reverse();
        return found.Count == 0 ? null : found.Skip(1).Aggregate(found[0], NodeMerger.Merge);
    }

    private ConfigResolveException CycleError(ResolveContext marker, HoconSubstitution reached)
    {
        var cycle = _trail.Skip(marker.TrailStart).ToList();
        if (cycle.Count == 1)
        {
            return new ConfigResolveException(
                reached.Origin,
                $"{reached} refers to {reached.WrittenPath} itself, and {reached.WrittenPath} has no earlier value to build on");
        }

        var chain = string.Join(" -> ", cycle.Select(step => $"{step} ({step.Origin})"));
        return new ConfigResolveException(reached.Origin, $"cycle in substitutions: {chain}");
    }

    private ConfigResolveException CycleThrough(HoconNode node)
    {
        var reached = _trail.Count > 0 ? _trail[^1] : null;
        var chain = string.Join(" -> ", _trail.Select(step => $"{step} ({step.Origin})"));
        return new ConfigResolveException(
            reached?.Origin ?? node.Origin,
            $"cycle in substitutions: {chain} needs the value at {node.Origin}, which contains it");
    }
}
