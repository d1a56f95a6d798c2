namespace ActorOrchestrator.Host.Settings;

/// <summary>A setting that read well but that its component refuses; the message names the key.</summary>
internal sealed class InvalidSettingsException(string message) : Exception(message);
