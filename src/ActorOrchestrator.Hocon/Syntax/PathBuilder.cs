using System.Text;

namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>
/// Builds a path from the pieces of a key or substitution: dots in unquoted text separate keys,
/// dots in quoted text do not; an empty key must be quoted.
/// </summary>
internal sealed class PathBuilder
{
    private readonly List<string> _segments = [];
    private readonly StringBuilder _current = new();
    private bool _currentStarted;

    public bool IsEmpty => _segments.Count == 0 && !_currentStarted;

    /// <summary>Appends unquoted text; returns an error message when it makes an empty key.</summary>
    public string? AppendUnquoted(string text)
    {
        foreach (var c in text)
        {
            if (c != '.')
            {
                _current.Append(c);
                _currentStarted = true;
                continue;
            }

            if (!_currentStarted)
            {
                return "a path may not start with '.' or hold '..'; quote an empty key as \"\"";
            }

            _segments.Add(_current.ToString());
            _current.Clear();
            _currentStarted = false;
        }

        return null;
    }

    public void AppendQuoted(string text)
    {
        _current.Append(text);
        _currentStarted = true;
    }

    /// <summary>Completes the path; returns null with an error message when it ends with '.' or is empty.</summary>
    public HoconPath? Build(out string? error)
    {
        if (!_currentStarted)
        {
            error = _segments.Count == 0 ? "expected a key" : "a path may not end with '.'";
            return null;
        }

        error = null;
        return HoconPath.Of([.. _segments, _current.ToString()]);
    }
}
