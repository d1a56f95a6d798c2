namespace ActorOrchestrator.Host.Client;

/// <summary>
/// Collects <c>Key: value</c> lines at indentation levels and writes them with the values of each run of
/// same-level lines aligned, as kubectl describe's tab writer does.
/// </summary>
internal sealed class DescribeWriter
{
    private readonly List<(int Level, string Key, string? Value)> _lines = [];

    /// <summary>A key with its value, aligned with its neighbours.</summary>
    public void Line(int level, string key, string value) => _lines.Add((level, key, value));

    /// <summary>A key alone, as the heading of what follows (<c>Containers:</c>).</summary>
    public void Heading(int level, string key) => _lines.Add((level, key + ":", null));

    /// <summary>A line of free text (a table row), not aligned.</summary>
    public void Text(int level, string text) => _lines.Add((level, text, null));

    public void WriteTo(TextWriter output)
    {
        var index = 0;
        while (index < _lines.Count)
        {
            var level = _lines[index].Level;
            var end = index;
            while (end < _lines.Count && _lines[end].Level == level && _lines[end].Value is not null)
            {
                end++;
            }
            if (end == index)
            {
                var (_, text, _) = _lines[index];
                output.WriteLine(new string(' ', level * 2) + text);
                index++;
                continue;
            }
            var width = _lines.Skip(index).Take(end - index).Max(line => line.Key.Length) + 1;
            for (; index < end; index++)
            {
                var (_, key, value) = _lines[index];
                output.WriteLine($"{new string(' ', level * 2)}{(key + ":").PadRight(width + 2)}{value}");
            }
        }
    }
}
