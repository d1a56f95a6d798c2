using System.Diagnostics;
using System.Globalization;

namespace ActorOrchestrator.Actors.Cluster.Tests.MultiProcess;

/// <summary>
/// A bridge with one network namespace per member, each joined to it by a veth pair (addresses 10.A.B.1, .2, ...).
/// Everything it creates carries a random prefix and is deleted on dispose, also after a failure half-way.
/// </summary>
internal sealed class NetworkNamespaces : IDisposable
{
    private readonly string _prefix;
    private readonly List<string> _namespaces = [];
    private readonly string _subnet;
    private string? _bridge;
    private bool _forwardRuleAdded;

    private NetworkNamespaces(int count)
    {
        var random = Random.Shared.Next(0x1000, 0xFFFF);
        _prefix = "ao" + random.ToString("x4", CultureInfo.InvariantCulture);
        _subnet = $"10.{200 + Random.Shared.Next(50)}.{Random.Shared.Next(250)}";
        try
        {
            Build(count);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Why namespaces cannot be made here (not root, no `ip`), or null when they can.</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "network namespaces need root on Linux";
        }
        return File.Exists("/usr/sbin/ip") || File.Exists("/sbin/ip") || File.Exists("/usr/bin/ip") ? null : "the `ip` command (iproute2) is missing";
    }

    public static NetworkNamespaces Create(int count) => new(count);

    /// <summary>IP address of member <paramref name="index"/> (0-based).</summary>
    public string AddressOf(int index) => $"{_subnet}.{index + 1}";

    /// <summary>Prefix for running a command inside the namespace of member <paramref name="index"/>.</summary>
    public IReadOnlyList<string> Wrapper(int index) => ["ip", "netns", "exec", _namespaces[index]];

    /// <summary>Cuts the link of member <paramref name="index"/> to the bridge.</summary>
    public void Cut(int index) => Ip("link", "set", HostVeth(index), "down");

    public void Dispose()
    {
        for (var i = 0; i < _namespaces.Count; i++)
        {
            // Deleting the host end destroys the pair at once; a namespace may outlive its deletion for a while.
            TryIp("link", "del", HostVeth(i));
            TryIp("netns", "del", _namespaces[i]);
        }
        _namespaces.Clear();
        if (_bridge is not null)
        {
            TryIp("link", "del", _bridge);
            _bridge = null;
        }
        if (_forwardRuleAdded)
        {
            Run("iptables", ["-D", "FORWARD", "-i", _prefix + "b", "-o", _prefix + "b", "-j", "ACCEPT"], throwOnFailure: false);
            _forwardRuleAdded = false;
        }
    }

    private string HostVeth(int index) => $"{_prefix}v{index}";

    private void Build(int count)
    {
        _bridge = _prefix + "b";
        Ip("link", "add", _bridge, "type", "bridge");
        Ip("link", "set", _bridge, "up");
        if (DockerMayDropForwarding())
        {
            Run("iptables", ["-I", "FORWARD", "-i", _bridge, "-o", _bridge, "-j", "ACCEPT"], throwOnFailure: true);
            _forwardRuleAdded = true;
        }
        for (var i = 0; i < count; i++)
        {
            var ns = $"{_prefix}-{i}";
            Ip("netns", "add", ns);
            _namespaces.Add(ns);
            var peer = $"{_prefix}p{i}";
            Ip("link", "add", HostVeth(i), "type", "veth", "peer", "name", peer);
            Ip("link", "set", peer, "netns", ns);
            Ip("link", "set", HostVeth(i), "master", _bridge);
            Ip("link", "set", HostVeth(i), "up");
            Ip("-n", ns, "addr", "add", AddressOf(i) + "/24", "dev", peer);
            Ip("-n", ns, "link", "set", peer, "up");
            Ip("-n", ns, "link", "set", "lo", "up");
        }
    }

    private static bool DockerMayDropForwarding() =>
        Directory.EnumerateDirectories("/proc").Any(static d => File.Exists(Path.Combine(d, "comm")) && SafeRead(Path.Combine(d, "comm")) == "dockerd");

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void Ip(params string[] arguments) => Run("ip", arguments, throwOnFailure: true);

    private static void TryIp(params string[] arguments) => Run("ip", arguments, throwOnFailure: false);

    private static void Run(string command, string[] arguments, bool throwOnFailure)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"`{command}` did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnFailure)
        {
            throw new InvalidOperationException($"`{command} {string.Join(' ', arguments)}` failed with exit code {process.ExitCode}: {error.Trim()}");
        }
    }
}
