namespace ActorOrchestrator.NodeAgent.Agent.Restarts;

/// <summary>Whether a container that exited is started again, by the pod's restartPolicy, as kubelet decides.</summary>
internal static class RestartRules
{
    public const string Always = "Always";
    public const string OnFailure = "OnFailure";
    public const string Never = "Never";

    /// <summary>The pod's restartPolicy, Always when unset.</summary>
    public static string PolicyOf(Api.Core.PodSpec spec) => spec.RestartPolicy ?? Always;

    /// <summary>Whether an app container that exited with <paramref name="exitCode"/> is started again.</summary>
    public static bool RestartsContainer(string policy, int exitCode) => policy switch
    {
        Never => false,
        OnFailure => exitCode != 0,
        _ => true,
    };

    /// <summary>Whether an init container that exited with <paramref name="exitCode"/> runs again: only after a failure, unless the policy is Never.</summary>
    public static bool RestartsInitContainer(string policy, int exitCode) => exitCode != 0 && policy != Never;
}
