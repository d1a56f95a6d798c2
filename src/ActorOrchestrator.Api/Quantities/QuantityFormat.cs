namespace ActorOrchestrator.Api.Quantities;

/// <summary>How a quantity is written back: the family of its suffix, as Kubernetes keeps it.</summary>
public enum QuantityFormat
{
    /// <summary>Decimal SI suffixes: n, u, m, "", k, M, G, T, P, E.</summary>
    DecimalSI,

    /// <summary>Binary SI suffixes: Ki, Mi, Gi, Ti, Pi, Ei.</summary>
    BinarySI,

    /// <summary>Scientific notation: 1e3, 5e-1.</summary>
    DecimalExponent,
}
