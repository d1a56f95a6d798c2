using System.Globalization;
using System.Text.Json.Nodes;
using ActorOrchestrator.Api;

namespace ActorOrchestrator.Host.Client;

/// <summary>The rollout of one deployment: its status in kubectl's words, its revisions (replica sets) and a rollback.</summary>
internal sealed class DeploymentRollout(ClientContext context, string name)
{
    public const string RevisionAnnotation = "deployment.kubernetes.io/revision";
    private const string ChangeCauseAnnotation = "kubernetes.io/change-cause";
    private const string PodTemplateHashLabel = "pod-template-hash";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private string Path => KindNames.PathOf(ResourceKinds.Deployment, context.Target.Namespace, name);

    /// <summary>What kubectl rollout status prints for the deployment now, and whether the rollout is complete.</summary>
    public static (string Message, bool Done) Status(JsonObject deployment, string name)
    {
        var generation = (long?)deployment["metadata"]?["generation"] ?? 0;
        var status = deployment["status"];
        var observed = (long?)status?["observedGeneration"] ?? 0;
        if (generation > observed)
        {
            return ("Waiting for deployment spec update to be observed...", false);
        }

        var progressing = (status?["conditions"]?.AsArray() ?? []).FirstOrDefault(condition => (string?)condition?["type"] == "Progressing");
        if ((string?)progressing?["reason"] == "ProgressDeadlineExceeded")
        {
            throw new ClientException($"error: deployment \"{name}\" exceeded its progress deadline");
        }

        var wanted = (int?)deployment["spec"]?["replicas"] ?? 1;
        var updated = (int?)status?["updatedReplicas"] ?? 0;
        var replicas = (int?)status?["replicas"] ?? 0;
        var available = (int?)status?["availableReplicas"] ?? 0;
        if (updated < wanted)
        {
            return ($"Waiting for deployment \"{name}\" rollout to finish: {updated} out of {wanted} new replicas have been updated...", false);
        }
        if (replicas > updated)
        {
            return ($"Waiting for deployment \"{name}\" rollout to finish: {replicas - updated} old replicas are pending termination...", false);
        }
        if (available < updated)
        {
            return ($"Waiting for deployment \"{name}\" rollout to finish: {available} of {updated} updated replicas are available...", false);
        }
        return ($"deployment \"{name}\" successfully rolled out", true);
    }

    /// <summary>Prints each new status line until the rollout completes or <paramref name="timeout"/> passes.</summary>
    public async Task<int> WatchStatusAsync(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var deadline = timeout is { } limit ? DateTimeOffset.UtcNow + limit : DateTimeOffset.MaxValue;
        string? printed = null;
        while (true)
        {
            var deployment = await context.Api.GetAsync(Path, cancellationToken).ConfigureAwait(false);
            var (message, done) = Status(deployment, name);
            if (message != printed)
            {
                await context.Output.WriteLineAsync(message).ConfigureAwait(false);
                await context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
                printed = message;
            }
            if (done)
            {
                return 0;
            }
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new ClientException("error: timed out waiting for the condition");
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The deployment's replica sets by revision, oldest first.</summary>
    public async Task<IReadOnlyList<(long Revision, JsonObject ReplicaSet)>> RevisionsAsync(JsonObject deployment, CancellationToken cancellationToken)
    {
        var uid = (string?)deployment["metadata"]?["uid"];
        var list = await context.Api.GetAsync(KindNames.PathOf(ResourceKinds.ReplicaSet, context.Target.Namespace), cancellationToken).ConfigureAwait(false);
        return [.. (list["items"]?.AsArray() ?? []).OfType<JsonObject>()
            .Where(replicaSet => (replicaSet["metadata"]?["ownerReferences"]?.AsArray() ?? []).Any(owner => (string?)owner?["uid"] == uid))
            .Select(replicaSet => (Revision: Revision(replicaSet), ReplicaSet: replicaSet))
            .Where(entry => entry.Revision > 0)
            .OrderBy(entry => entry.Revision)];
    }

    public async Task<int> PrintHistoryAsync(CancellationToken cancellationToken)
    {
        var deployment = await context.Api.GetAsync(Path, cancellationToken).ConfigureAwait(false);
        var revisions = await RevisionsAsync(deployment, cancellationToken).ConfigureAwait(false);
        await context.Output.WriteLineAsync($"{KindNames.ObjectName(ResourceKinds.Deployment, name)} ").ConfigureAwait(false);
        new ColumnWriter(context.Output).Write([
            ["REVISION", "CHANGE-CAUSE"],
            .. revisions.Select(entry => (IReadOnlyList<string>)[
                entry.Revision.ToString(CultureInfo.InvariantCulture),
                (string?)entry.ReplicaSet["metadata"]?["annotations"]?[ChangeCauseAnnotation] ?? "<none>"]),
        ]);
        await context.Output.WriteLineAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Puts the pod template of <paramref name="toRevision"/> (0: the one before the current) back into the deployment.</summary>
    public async Task<int> UndoAsync(long toRevision, CancellationToken cancellationToken)
    {
        var deployment = await context.Api.GetAsync(Path, cancellationToken).ConfigureAwait(false);
        var revisions = await RevisionsAsync(deployment, cancellationToken).ConfigureAwait(false);
        var target = toRevision > 0
            ? revisions.FirstOrDefault(entry => entry.Revision == toRevision)
            : revisions.Count >= 2 ? revisions[^2] : default;
        if (target.ReplicaSet is null)
        {
            throw new ClientException(toRevision > 0
                ? $"error: unable to find specified revision {toRevision} in history"
                : "error: no rollout history found for deployment \"" + name + "\"");
        }

        var template = (JsonObject)target.ReplicaSet["spec"]!["template"]!.DeepClone();
        (template["metadata"]?["labels"] as JsonObject)?.Remove(PodTemplateHashLabel);
        if (ThreeWayMergePatch.IsSubset(template, deployment["spec"]?["template"]) && ThreeWayMergePatch.IsSubset(deployment["spec"]?["template"], template))
        {
            await context.Output.WriteLineAsync($"{KindNames.ObjectName(ResourceKinds.Deployment, name)} skipped rollback (current template already matches revision {target.Revision})").ConfigureAwait(false);
            return 0;
        }

        var patch = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "/spec/template", ["value"] = template });
        await context.Api.PatchAsync(Path, patch, cancellationToken, "application/json-patch+json").ConfigureAwait(false);
        await context.Output.WriteLineAsync($"{KindNames.ObjectName(ResourceKinds.Deployment, name)} rolled back").ConfigureAwait(false);
        return 0;
    }

    private static long Revision(JsonObject replicaSet) =>
        long.TryParse((string?)replicaSet["metadata"]?["annotations"]?[RevisionAnnotation], CultureInfo.InvariantCulture, out var revision) ? revision : 0;
}
