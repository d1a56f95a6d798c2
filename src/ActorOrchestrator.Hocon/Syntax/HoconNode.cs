namespace ActorOrchestrator.Hocon.Syntax;

/// <summary>
/// A value of the document tree. Parsing produces objects, arrays and scalars plus the unresolved
/// forms (substitutions, concatenations, merge stacks); resolution leaves only objects, arrays and scalars.
/// </summary>
internal abstract class HoconNode(ConfigOrigin origin)
{
    public ConfigOrigin Origin { get; } = origin;

    /// <summary>True for the forms that need resolution before their shape is known.</summary>
    public bool IsUnresolved => this is HoconSubstitution or HoconConcatenation or HoconMergeStack;
}
