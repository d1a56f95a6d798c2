namespace ActorOrchestrator.Gateway.Tables;

/// <summary>The <c>includeObject</c> parameter of a Table request: what each row's <c>object</c> holds.</summary>
internal enum IncludeObject
{
    /// <summary>No object.</summary>
    None,

    /// <summary>A PartialObjectMetadata (the default): what <c>-A</c> and <c>--show-labels</c> need.</summary>
    Metadata,

    /// <summary>The whole object.</summary>
    Object,
}
