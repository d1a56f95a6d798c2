using System.Globalization;
using System.Text;
using ActorOrchestrator.Api.Meta;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.ControlPlane.ReadModel;

namespace ActorOrchestrator.ControlPlane.Controllers.Shared;

/// <summary>How controllers read the member's view: wait until it shows what they must see, then list candidates.</summary>
internal static class ViewReads
{
    /// <summary>How long a run waits for the view before giving up and asking to be run again.</summary>
    public static readonly TimeSpan ViewWait = TimeSpan.FromSeconds(5);

    /// <summary>When to run again after the view did not catch up in time, or a write met a conflict.</summary>
    public static readonly TimeSpan RetrySoon = TimeSpan.FromMilliseconds(250);

    public static long VersionOf(IKubernetesObject resource) =>
        long.TryParse(resource.Metadata.ResourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;

    /// <summary>
    /// Waits for the view to show the run's object as stored and every write expected for it; false (logged) when it
    /// did not get there in time.
    /// </summary>
    public static async Task<bool> CatchUpAsync(ReconcileContext context, WrittenVersions written, CancellationToken cancellationToken)
    {
        var owner = context.Object;
        var target = Math.Max(VersionOf(owner), owner.Metadata.Uid is { } uid ? written.Expected(uid) : 0);
        if (await context.View.WaitForResourceVersionAsync(target, ViewWait, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        ControllerLog.ViewBehind(context.Log, owner.Kind ?? "", owner.Metadata.Namespace, owner.Metadata.Name, target);
        return false;
    }

    /// <summary>
    /// The objects of a kind in the owner's namespace that its selector matches or whose JSON names its uid (its own
    /// dependents, matching or not), deserialized; everything else is skipped without being read.
    /// </summary>
    public static async Task<IReadOnlyList<T>> CandidatesAsync<T>(
        ReconcileContext context, ResourceKind kind, LabelMatcher selector, CancellationToken cancellationToken)
        where T : IKubernetesObject
    {
        var owner = context.Object.Metadata;
        var list = await context.View.ListAsync(new ListRequest(kind) { Namespace = owner.Namespace }, cancellationToken)
            .ConfigureAwait(false);
        var uid = Encoding.UTF8.GetBytes(owner.Uid ?? "");
        var candidates = new List<T>();
        foreach (var item in list.Items)
        {
            if (selector.Matches(item.Labels) || (uid.Length > 0 && item.Json.Span.IndexOf(uid) >= 0))
            {
                candidates.Add(item.ToObject<T>());
            }
        }

        return candidates;
    }
}
