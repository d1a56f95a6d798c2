using ActorOrchestrator.Api.Errors;
using ActorOrchestrator.Api.Selectors;
using ActorOrchestrator.Api.Serialization;
using ActorOrchestrator.ControlPlane.Access;
using ActorOrchestrator.ControlPlane.ReadModel;
using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Resources;

/// <summary>Reads the query parameters of list, watch and write requests, refusing malformed ones with a 400 naming them.</summary>
internal static class QueryOptions
{
    public static bool Flag(IQueryCollection query, string name) =>
        query[name].ToString() switch
        {
            "" or "false" or "0" => false,
            "true" or "1" => true,
            var other => throw StatusException.BadRequest($"{name} must be true or false, not \"{other}\""),
        };

    public static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value : null;

    public static long? Number(IQueryCollection query, string name) =>
        Text(query, name) is not { } text ? null
        : long.TryParse(text, out var value) && value >= 0 ? value
        : throw StatusException.BadRequest($"{name} must be a non-negative integer, not \"{text}\"");

    public static long? ResourceVersion(IQueryCollection query) =>
        Text(query, "resourceVersion") is not { } text ? null
        : long.TryParse(text, out var value) && value >= 0 ? value
        : throw StatusException.BadRequest($"invalid resource version \"{text}\": a resourceVersion is a non-negative integer");

    public static FieldValidation Validation(IQueryCollection query) => FieldValidations.Parse(Text(query, "fieldValidation"));

    public static WriteOptions Write(IQueryCollection query) => new()
    {
        DryRun = DryRun(query),
        FieldManager = Text(query, "fieldManager"),
        Force = Flag(query, "force"),
    };

    public static bool DryRun(IQueryCollection query)
    {
        foreach (var value in query["dryRun"])
        {
            if (value != "All")
            {
                throw StatusException.BadRequest($"Invalid dry run value \"{value}\": the only valid value is \"All\"");
            }
        }

        return query["dryRun"].Count > 0;
    }

    public static ListRequest List(ResourceTarget target, IQueryCollection query)
    {
        var limit = Number(query, "limit");
        return new ListRequest(target.Kind)
        {
            Namespace = target.Namespace,
            LabelSelector = LabelMatcher.Parse(Text(query, "labelSelector")),
            FieldSelector = FieldMatcher.Parse(Text(query, "fieldSelector"), target.Kind),
            Limit = limit is null or 0 ? null : (int)Math.Min(limit.Value, int.MaxValue),
            Continue = Text(query, "continue"),
            ResourceVersion = ResourceVersion(query),
            ResourceVersionMatch = Text(query, "resourceVersionMatch") switch
            {
                null or "NotOlderThan" => ResourceVersionMatch.NotOlderThan,
                "Exact" => ResourceVersionMatch.Exact,
                var other => throw StatusException.BadRequest($"resourceVersionMatch must be \"NotOlderThan\" or \"Exact\", not \"{other}\""),
            },
        };
    }

    /// <summary>The watch of a collection, or of one object by name (the <c>/watch/.../NAME</c> form) when <paramref name="onlyName"/> is set.</summary>
    public static WatchRequest Watch(ResourceTarget target, IQueryCollection query, string? onlyName) => new(target.Kind)
    {
        Namespace = target.Namespace,
        LabelSelector = LabelMatcher.Parse(Text(query, "labelSelector")),
        FieldSelector = FieldMatcher.Parse(
            string.Join(",", new[] { Text(query, "fieldSelector"), onlyName is null ? null : $"metadata.name={onlyName}" }.Where(part => part is not null)),
            target.Kind),
        ResourceVersion = ResourceVersion(query),
        AllowBookmarks = Flag(query, "allowWatchBookmarks"),
    };
}
