using System.Buffers.Binary;
using System.Globalization;
using ActorOrchestrator.Api.Core;
using ActorOrchestrator.Api.Meta;

namespace ActorOrchestrator.ControlPlane.Controllers.Deployments;

/// <summary>
/// The <c>pod-template-hash</c> of a deployment's template, as Kubernetes' <c>ComputeHash</c> builds it: 32-bit FNV-1a
/// over the template (here its canonical JSON) and, once collisions happened, the collision count; the decimal number
/// then spelled in the alphabet that never forms words (<c>rand.SafeEncodeString</c>).
/// </summary>
internal static class PodTemplateHash
{
    public const string LabelKey = "pod-template-hash";

    private const string SafeAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    public static string Compute(PodTemplateSpec template, int? collisionCount)
    {
        var hash = Fnv1a(2166136261u, CanonicalJson.Of(template, dropEmpty: false));
        if (collisionCount is { } count)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, unchecked((uint)count));
            hash = Fnv1a(hash, bytes);
        }

        return SafeEncode(hash.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Each character replaced by the alphabet letter at its code modulo the alphabet's length.</summary>
    public static string SafeEncode(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = SafeAlphabet[source[i] % SafeAlphabet.Length];
        }
    });

    /// <summary>The template without the hash label, as the deployment's own template reads (Kubernetes' <c>EqualIgnoreHash</c>).</summary>
    public static PodTemplateSpec WithoutHashLabel(PodTemplateSpec template)
    {
        if (template.Metadata.Labels?.ContainsKey(LabelKey) != true)
        {
            return template;
        }

        var labels = template.Metadata.Labels.Where(label => label.Key != LabelKey).ToDictionary(StringComparer.Ordinal);
        return template with { Metadata = template.Metadata with { Labels = labels } };
    }

    /// <summary>Whether two templates are the same apart from their hash label.</summary>
    public static bool EqualIgnoringHash(PodTemplateSpec a, PodTemplateSpec b) =>
        CanonicalJson.Of(WithoutHashLabel(a), dropEmpty: true).AsSpan().SequenceEqual(CanonicalJson.Of(WithoutHashLabel(b), dropEmpty: true));

    public static IReadOnlyDictionary<string, string> WithLabel(IReadOnlyDictionary<string, string>? labels, string hash) =>
        new Dictionary<string, string>(labels ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [LabelKey] = hash };

    /// <summary>The deployment's selector with <c>pod-template-hash</c> added to matchLabels.</summary>
    public static LabelSelector WithLabel(LabelSelector? selector, string hash) =>
        (selector ?? new LabelSelector()) with { MatchLabels = WithLabel(selector?.MatchLabels, hash) };

    private static uint Fnv1a(uint hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash ^= b;
            hash = unchecked(hash * 16777619u);
        }

        return hash;
    }
}
