using System.Text;

namespace ActorOrchestrator.Actors.Cluster.Sharding;

/// <summary>
/// FNV-1a (32 bit) over the UTF-8 bytes of a text: the same value in every process and on every platform,
/// unlike string.GetHashCode, which is randomized per process.
/// </summary>
internal static class StableHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;
    private const int StackLimit = 256;

    public static uint Fnv1a(string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        var hash = OffsetBasis;
        foreach (var b in bytes[..length])
        {
            hash = (hash ^ b) * Prime;
        }
        return hash;
    }
}
