using ActorOrchestrator.ControlPlane.ReadModel;
using ActorOrchestrator.Hocon;

namespace ActorOrchestrator.Host.Settings;

/// <summary>Reads <c>ao.read-model</c> into the projection's <see cref="ReadModelSettings"/>.</summary>
internal static class ReadModelSection
{
    /// <param name="readModel">The <c>ao.read-model</c> object.</param>
    /// <exception cref="ConfigException">a key is missing, mistyped or out of range; the message names it.</exception>
    /// <exception cref="InvalidSettingsException">the projection refuses a value; the message names its key.</exception>
    public static ReadModelSettings From(Config readModel) =>
        SettingsValidation.Checked(
            new ReadModelSettings
            {
                CheckpointFile = readModel.GetString("checkpoint-file"),
                CheckpointEveryEvents = readModel.GetInt("checkpoint-every-events"),
                CheckpointInterval = readModel.GetDuration("checkpoint-interval"),
                WatchWindow = readModel.GetInt("watch-window"),
                BookmarkInterval = readModel.GetDuration("bookmark-interval"),
                ResourceVersionWaitTimeout = readModel.GetDuration("resource-version-wait-timeout"),
                ApplyBatchSize = readModel.GetInt("apply-batch-size"),
                RetryMinBackoff = readModel.GetDuration("retry-min-backoff"),
                RetryMaxBackoff = readModel.GetDuration("retry-max-backoff"),
            },
            settings => settings.Validate());
}
