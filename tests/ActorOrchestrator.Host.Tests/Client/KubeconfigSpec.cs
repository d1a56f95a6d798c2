using ActorOrchestrator.Host.Client;

namespace ActorOrchestrator.Host.Tests.Client;

public sealed class KubeconfigSpec : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ao-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_written_kubeconfig_reads_back_with_its_server_and_the_default_namespace()
    {
        var path = Path.Combine(_directory, "kubeconfig");

        Kubeconfig.Write(path, new Uri("http://127.0.0.1:41234/"));

        Assert.Equal(new Kubeconfig(new Uri("http://127.0.0.1:41234/"), "default"), Kubeconfig.Read(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Contains("current-context: ao", File.ReadAllText(path));
    }

    [Fact]
    public void The_current_context_picks_the_cluster_and_namespace()
    {
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, """
            apiVersion: v1
            kind: Config
            clusters:
            - name: one
              cluster: {server: "http://10.0.0.1:6443"}
            - name: two
              cluster: {server: "http://10.0.0.2:7443"}
            contexts:
            - name: a
              context: {cluster: one}
            - name: b
              context: {cluster: two, namespace: team-b}
            current-context: b
            """);

        Assert.Equal(new Kubeconfig(new Uri("http://10.0.0.2:7443"), "team-b"), Kubeconfig.Read(path));
    }

    [Fact]
    public void A_missing_context_is_named_in_the_error()
    {
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, "apiVersion: v1\nkind: Config\ncurrent-context: nowhere\ncontexts: []\n");

        var error = Assert.Throws<ClientException>(() => Kubeconfig.Read(path));

        Assert.Contains("context \"nowhere\" does not exist", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named_in_the_error() =>
        Assert.Contains(
            Path.Combine(_directory, "absent"),
            Assert.Throws<ClientException>(() => Kubeconfig.Read(Path.Combine(_directory, "absent"))).Message);
}
