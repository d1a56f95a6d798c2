using System.Text;
using ActorOrchestrator.Hocon.Parsing;
using ActorOrchestrator.Hocon.Syntax;

namespace ActorOrchestrator.Hocon.Rendering;

/// <summary>Writes a resolved tree back as HOCON that parses to the same tree; strings are always quoted.</summary>
internal static class HoconRenderer
{
    private const int IndentWidth = 2;

    public static string Render(HoconObject root)
    {
        var text = new StringBuilder();
        WriteFields(text, root, 0);
        return text.ToString();
    }

    private static void WriteFields(StringBuilder text, HoconObject obj, int depth)
    {
        foreach (var key in obj.Keys)
        {
            text.Append(' ', depth * IndentWidth).Append(HoconPath.RenderKey(key));
            var value = obj[key];
            if (value is HoconObject child)
            {
                text.Append(' ');
                WriteObject(text, child, depth);
            }
            else
            {
                text.Append(" = ");
                WriteValue(text, value, depth);
            }

            text.Append('\n');
        }
    }

    private static void WriteObject(StringBuilder text, HoconObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            text.Append("{}");
            return;
        }

        text.Append("{\n");
        WriteFields(text, obj, depth + 1);
        text.Append(' ', depth * IndentWidth).Append('}');
    }

    private static void WriteValue(StringBuilder text, HoconNode value, int depth)
    {
        switch (value)
        {
            case HoconObject obj:
                WriteObject(text, obj, depth);
                break;
            case HoconArray array:
                WriteArray(text, array, depth);
                break;
            case HoconScalar { Kind: ScalarKind.String } scalar:
                text.Append(HoconStrings.Quote(scalar.Text));
                break;
            case HoconScalar scalar:
                text.Append(scalar.Text);
                break;
            default:
                throw new InvalidOperationException("only a resolved configuration can be rendered");
        }
    }

    private static void WriteArray(StringBuilder text, HoconArray array, int depth)
    {
        if (array.Items.All(item => item is HoconScalar))
        {
            text.Append('[');
            for (var i = 0; i < array.Items.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ");
                WriteValue(text, array.Items[i], depth);
            }

            text.Append(']');
            return;
        }

        text.Append("[\n");
        foreach (var item in array.Items)
        {
            text.Append(' ', (depth + 1) * IndentWidth);
            WriteValue(text, item, depth + 1);
            text.Append('\n');
        }

        text.Append(' ', depth * IndentWidth).Append(']');
    }
}
