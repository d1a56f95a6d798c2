using Microsoft.AspNetCore.Http;

namespace ActorOrchestrator.Gateway.Http;

/// <summary>What the client's Accept header asks for: a meta.k8s.io Table, aggregated discovery, or plain JSON.</summary>
internal static class MediaTypes
{
    public const string AggregatedDiscoveryV2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
    public const string AggregatedDiscoveryV2Beta1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";
    public const string Protobuf = "application/vnd.kubernetes.protobuf";

    /// <summary>True when the client asked for a meta.k8s.io Table (kubectl get's human output).</summary>
    public static bool WantsTable(HttpRequest request) => Offers(request).Any(offer =>
        offer.Parameters.TryGetValue("as", out var shape) && shape == "Table"
        && (!offer.Parameters.TryGetValue("g", out var group) || group == "meta.k8s.io"));

    /// <summary>The aggregated discovery media type the client listed first, to echo as Content-Type; null for legacy discovery.</summary>
    public static string? AggregatedDiscovery(HttpRequest request)
    {
        foreach (var offer in Offers(request))
        {
            if (offer.Parameters.TryGetValue("as", out var shape) && shape == "APIGroupDiscoveryList"
                && offer.Parameters.TryGetValue("g", out var group) && group == "apidiscovery.k8s.io"
                && offer.Parameters.TryGetValue("v", out var version))
            {
                if (version == "v2")
                {
                    return AggregatedDiscoveryV2;
                }

                if (version == "v2beta1")
                {
                    return AggregatedDiscoveryV2Beta1;
                }
            }
        }

        return null;
    }

    private static IEnumerable<MediaOffer> Offers(HttpRequest request)
    {
        foreach (var header in request.Headers.Accept)
        {
            foreach (var part in (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return MediaOffer.Parse(part);
            }
        }
    }

    private sealed record MediaOffer(string MediaType, IReadOnlyDictionary<string, string> Parameters)
    {
        public static MediaOffer Parse(string text)
        {
            var pieces = text.Split(';', StringSplitOptions.TrimEntries);
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var piece in pieces.Skip(1))
            {
                var equals = piece.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    parameters[piece[..equals].Trim()] = piece[(equals + 1)..].Trim();
                }
            }

            return new MediaOffer(pieces[0].ToLowerInvariant(), parameters);
        }
    }
}
