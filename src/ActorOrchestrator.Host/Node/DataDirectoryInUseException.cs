namespace ActorOrchestrator.Host.Node;

/// <summary>Another <c>ao</c> runs on the same data dir; the message names its process id.</summary>
internal sealed class DataDirectoryInUseException(string message) : Exception(message);
