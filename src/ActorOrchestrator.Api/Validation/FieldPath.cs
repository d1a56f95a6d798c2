using System.Globalization;
using System.Text;

namespace ActorOrchestrator.Api.Validation;

/// <summary>
/// A path to a field as Kubernetes prints it: <c>spec.template.spec.containers[0].name</c>,
/// <c>metadata.labels[app]</c>. Immutable; each step returns a new path.
/// </summary>
public sealed class FieldPath
{
    private enum StepKind
    {
        Child,
        Index,
        Key,
    }

    private readonly FieldPath? parent;
    private readonly StepKind kind;
    private readonly string step;

    private FieldPath(FieldPath? parent, StepKind kind, string step)
    {
        this.parent = parent;
        this.kind = kind;
        this.step = step;
    }

    /// <summary>A path starting at the named top-level fields, e.g. <c>FieldPath.Of("spec", "template")</c>.</summary>
    public static FieldPath Of(string name, params string[] more)
    {
        var path = new FieldPath(null, StepKind.Child, name);
        foreach (var next in more)
        {
            path = path.Child(next);
        }

        return path;
    }

    public FieldPath Child(string name, params string[] more)
    {
        var path = new FieldPath(this, StepKind.Child, name);
        foreach (var next in more)
        {
            path = path.Child(next);
        }

        return path;
    }

    public FieldPath Index(int index) => new(this, StepKind.Index, index.ToString(CultureInfo.InvariantCulture));

    public FieldPath Key(string key) => new(this, StepKind.Key, key);

    public override string ToString()
    {
        var steps = new Stack<FieldPath>();
        for (var at = this; at is not null; at = at.parent)
        {
            steps.Push(at);
        }

        var text = new StringBuilder();
        foreach (var at in steps)
        {
            if (at.kind == StepKind.Child)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(at.step);
            }
            else
            {
                text.Append('[').Append(at.step).Append(']');
            }
        }

        return text.ToString();
    }
}
