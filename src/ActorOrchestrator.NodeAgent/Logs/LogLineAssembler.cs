namespace ActorOrchestrator.NodeAgent.Logs;

/// <summary>
/// Cuts one output stream's raw bytes into CRI records: a full (F) record per newline-terminated line, partial (P) records of
/// <c>maxLineSize</c> bytes for longer lines; bytes after the last newline wait for more output (or <see cref="Finish"/>).
/// </summary>
internal sealed class LogLineAssembler
{
    private readonly int _maxLineSize;
    private readonly List<byte> _pending = [];

    public LogLineAssembler(int maxLineSize)
    {
        _maxLineSize = maxLineSize;
    }

    /// <summary>Bytes received but not yet part of a record.</summary>
    public int PendingBytes => _pending.Count;

    /// <summary>Adds output and returns the records it completes, in order.</summary>
    public List<(bool Partial, byte[] Content)> Append(ReadOnlySpan<byte> output)
    {
        var records = new List<(bool, byte[])>();
        while (!output.IsEmpty)
        {
            var newline = output.IndexOf((byte)'\n');
            var piece = newline >= 0 ? output[..newline] : output;
            var room = _maxLineSize - _pending.Count;
            if (piece.Length >= room && !(newline >= 0 && piece.Length == room))
            {
                _pending.AddRange(piece[..room]);
                records.Add((true, TakePending()));
                output = output[room..];
                continue;
            }

            _pending.AddRange(piece);
            if (newline < 0)
            {
                break;
            }

            records.Add((false, TakePending()));
            output = output[(newline + 1)..];
        }

        return records;
    }

    /// <summary>Ends the stream: the unterminated rest, if any, becomes a full record.</summary>
    public (bool Partial, byte[] Content)? Finish() => _pending.Count > 0 ? (false, TakePending()) : null;

    private byte[] TakePending()
    {
        var content = _pending.ToArray();
        _pending.Clear();
        return content;
    }
}
