using ActorOrchestrator.Hocon.Parsing;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Resolution;

internal static class ValueDescription
{
    private const int LongestListShown = 80;

    /// <summary>
    /// A value as a message shows it: <c>"abc"</c>, <c>42</c>, <c>null</c>, a short list of simple values
    /// as written (<c>["a", 1]</c>), otherwise <c>an object</c> or <c>a list</c>.
    /// </summary>
    public static string Describe(HoconNode node) => node switch
    {
        HoconObject => "an object",
        HoconArray array when array.Items.All(item => item is HoconScalar) => ShortList(array),
        HoconArray => "a list",
        HoconScalar { Kind: ScalarKind.String } scalar => HoconStrings.Quote(scalar.Text),
        HoconScalar scalar => scalar.Text,
        _ => "an unresolved value",
    };

    private static string ShortList(HoconArray array)
    {
        var text = "[" + string.Join(", ", array.Items.Select(Describe)) + "]";
        return text.Length <= LongestListShown ? text : "a list";
    }
}
