using System.Text.Json.Nodes;
using ActorOrchestrator.Api.Serialization;

namespace ActorOrchestrator.Host.Client;

/// <summary>
/// The part of a kubeconfig file the client verbs use: the current context's server and namespace. Also writes the
/// file <c>ao up</c> leaves in its data dir, which kubectl uses as it is.
/// </summary>
internal sealed record Kubeconfig(Uri Server, string? Namespace)
{
    public const string FileName = "kubeconfig";
    public const string ClusterName = "ao";
    public const string UserName = "ao-admin";

    /// <exception cref="ClientException">the file is missing, unreadable or names no usable server.</exception>
    public static Kubeconfig Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new ClientException($"error: cannot read kubeconfig {path}: {failure.Message}");
        }

        JsonObject root;
        try
        {
            root = ManifestDecoder.Parse(text).FirstOrDefault()?.Root as JsonObject
                ?? throw new ClientException($"error: kubeconfig {path} is empty");
        }
        catch (FormatException invalid)
        {
            throw new ClientException($"error: kubeconfig {path} is not valid YAML: {invalid.Message}");
        }

        var contextName = (string?)root["current-context"]
            ?? throw new ClientException($"error: kubeconfig {path} has no current-context");
        var context = Named(root, "contexts", contextName)?["context"]
            ?? throw new ClientException($"error: context \"{contextName}\" does not exist in {path}");
        var clusterName = (string?)context["cluster"] ?? "";
        var server = (string?)Named(root, "clusters", clusterName)?["cluster"]?["server"]
            ?? throw new ClientException($"error: cluster \"{clusterName}\" of context \"{contextName}\" has no server in {path}");
        return Uri.TryCreate(server, UriKind.Absolute, out var uri)
            ? new Kubeconfig(uri, (string?)context["namespace"])
            : throw new ClientException($"error: server \"{server}\" in {path} is not a URL");
    }

    /// <summary>The kubeconfig of a node whose API listens at <paramref name="server"/>: cluster, user and context all named ao.</summary>
    public static string Render(Uri server) =>
        $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: {ClusterName}
          cluster:
            server: {server.GetLeftPart(UriPartial.Authority)}
        users:
        - name: {UserName}
          user: {"{}"}
        contexts:
        - name: {ClusterName}
          context:
            cluster: {ClusterName}
            user: {UserName}
            namespace: default
        current-context: {ClusterName}
        preferences: {"{}"}

        """;

    /// <summary>Writes the file atomically (a reader never sees half of it), readable by its owner only.</summary>
    public static void Write(string path, Uri server)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Render(server));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static JsonNode? Named(JsonObject root, string list, string name) =>
        (root[list] as JsonArray)?.FirstOrDefault(entry => (string?)entry?["name"] == name);
}
