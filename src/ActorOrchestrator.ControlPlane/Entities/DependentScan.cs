using System.Text;
using ActorOrchestrator.Api;
using ActorOrchestrator.ControlPlane.Events;
using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.ControlPlane.Reconciling;

namespace ActorOrchestrator.ControlPlane.Entities;

/// <summary>
/// An owner's dependents as the view shows them (authoritative up to the view's position, unlike the owner index that
/// follows its change stream): the objects in the owner's namespace, or anywhere for a cluster-scoped owner, whose
/// ownerReferences name its uid. Only objects whose JSON contains the uid are parsed.
/// </summary>
internal sealed class DependentScan(ResourceView view)
{
    public async Task<IReadOnlyList<FoundDependent>> OfAsync(ResourceKey owner, string uid, CancellationToken cancellationToken)
    {
        var uidBytes = Encoding.UTF8.GetBytes(uid);
        var dependents = new List<FoundDependent>();
        foreach (var kind in ResourceKinds.All)
        {
            if (owner.Kind.Namespaced && !kind.Namespaced)
            {
                continue;
            }
            var request = new ListRequest(kind) { Namespace = owner.Kind.Namespaced ? owner.Namespace : null };
            var listed = await view.ListAsync(request, cancellationToken).ConfigureAwait(false);
            foreach (var item in listed.Items)
            {
                if (item.Json.Span.IndexOf(uidBytes) < 0)
                {
                    continue;
                }
                var facts = ObjectFacts.Read(item.Json);
                var link = facts.Owners.FirstOrDefault(candidate => candidate.Uid == uid);
                if (link is not null)
                {
                    dependents.Add(new FoundDependent(item.Key, link.BlockOwnerDeletion, facts.BeingDeleted));
                }
            }
        }
        return dependents;
    }
}
