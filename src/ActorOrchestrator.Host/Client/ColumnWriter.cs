namespace ActorOrchestrator.Host.Client;

/// <summary>Writes rows of cells left-aligned in columns three spaces apart, as kubectl's tab writer does.</summary>
internal sealed class ColumnWriter(TextWriter output)
{
    private const int Padding = 3;
    private int[] _widths = [];

    /// <summary>Writes the rows, widening the columns to fit them; later rows keep at least these widths.</summary>
    public void Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        foreach (var row in all)
        {
            if (row.Count > _widths.Length)
            {
                Array.Resize(ref _widths, row.Count);
            }
            for (var column = 0; column < row.Count; column++)
            {
                _widths[column] = Math.Max(_widths[column], row[column].Length);
            }
        }

        foreach (var row in all)
        {
            var line = string.Concat(row.Select((cell, column) => column == row.Count - 1 ? cell : cell.PadRight(_widths[column] + Padding)));
            output.WriteLine(line);
        }
    }
}
