using ActorOrchestrator.Hocon.Parsing;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Resolution;

internal static class ValueDescription
{
    /// <summary>A value as a message shows it: <c>"abc"</c>, <c>42</c>, <c>null</c>, <c>an object</c>, <c>a list</c>.</summary>
    public static string Describe(HoconNode node) => node switch
    {
        HoconObject => "an object",
        HoconArray => "a list",
        HoconScalar { Kind: ScalarKind.String } scalar => HoconStrings.Quote(scalar.Text),
        HoconScalar scalar => scalar.Text,
        _ => "an unresolved value",
    };
}
