using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.Gateway.Tables;

/// <summary>The columns kubectl shows for one kind and how an object fills them (the real apiserver's printers).</summary>
internal sealed record TableLayout(IReadOnlyList<TableColumn> Columns, Func<IKubernetesObject, DateTimeOffset, object[]> Cells)
{
    public const string None = "<none>";

    /// <summary>Name and Age: what the apiserver prints for a kind without a printer of its own.</summary>
    public static TableLayout Default { get; } = new(
        [TableColumn.NameColumn, TableColumn.Age],
        (resource, now) => [resource.Metadata.Name ?? "", Age(resource, now)]);

    public static string Age(IKubernetesObject resource, DateTimeOffset now) => Since(resource.Metadata.CreationTimestamp, now);

    /// <summary>A human duration since <paramref name="time"/>, or <c>&lt;unknown&gt;</c>.</summary>
    public static string Since(DateTimeOffset? time, DateTimeOffset now) =>
        time is { } at ? HumanDuration.Format(now - at) : "<unknown>";

    public static string OrNone(string? value) => string.IsNullOrEmpty(value) ? None : value;

    public static string Joined(IEnumerable<string?> values) => OrNone(string.Join(",", values.Where(value => !string.IsNullOrEmpty(value))));
}
