namespace ActorOrchestrator.Actors;

/// <summary>
/// The children of one cell. Created on the first child; guarded by locking the container because
/// ActorSystem.ActorOf adds top-level actors from any thread. A name stays taken until the parent has seen
/// its child's termination.
/// </summary>
internal sealed class ChildrenContainer
{
    private const string NameAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+~";

    private long _nameCounter;

    public Dictionary<string, ActorCell> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Children told to stop whose termination has not arrived yet (parent thread only).</summary>
    public HashSet<ActorCell>? Stopping { get; set; }

    /// <summary>Restart counts of children that failed (parent thread only).</summary>
    public Dictionary<ActorCell, RestartStatistics>? Statistics { get; set; }

    /// <summary>Set when the parent stops: no new children.</summary>
    public bool Closed { get; set; }

    /// <summary>Next generated name: <c>$a</c>, <c>$b</c>, ... <c>$ba</c>, ...</summary>
    public string NextName()
    {
        var number = _nameCounter++;
        Span<char> buffer = stackalloc char[16];
        var position = buffer.Length;
        do
        {
            buffer[--position] = NameAlphabet[(int)(number % NameAlphabet.Length)];
            number /= NameAlphabet.Length;
        }
        while (number > 0);
        buffer[--position] = '$';
        return new string(buffer[position..]);
    }
}
