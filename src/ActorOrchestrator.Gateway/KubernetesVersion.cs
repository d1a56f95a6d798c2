using System.Text.RegularExpressions;

namespace ActorOrchestrator.Gateway;

/// <summary>The version <c>/version</c> reports: a gitVersion such as <c>v1.31.0+ao</c> and its major and minor.</summary>
internal sealed partial record KubernetesVersion(string GitVersion, string Major, string Minor)
{
    public static bool TryParse(string? gitVersion, out KubernetesVersion version)
    {
        var match = gitVersion is null ? null : Pattern().Match(gitVersion);
        version = match is { Success: true }
            ? new KubernetesVersion(gitVersion!, match.Groups["major"].Value, match.Groups["minor"].Value)
            : new KubernetesVersion("", "", "");
        return match is { Success: true };
    }

    [GeneratedRegex(@"^v(?<major>\d+)\.(?<minor>\d+)\.\d+([-+][0-9A-Za-z.+-]*)?$")]
    private static partial Regex Pattern();
}
