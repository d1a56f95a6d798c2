using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ActorOrchestrator.NodeAgent.Agent.Nodes;

/// <summary>What the machine offers and says about itself, read from /proc, /etc and the data dir's filesystem.</summary>
internal sealed record MachineInfo(
    int CpuCores,
    long MemoryBytes,
    long MemoryAvailableBytes,
    long StorageBytes,
    long StorageAvailableBytes,
    string InternalIP,
    string HostName,
    string MachineId,
    string BootId,
    string KernelVersion,
    string OsImage,
    string Architecture)
{
    public static MachineInfo Read(string dataDir, string configuredIP)
    {
        var memory = ReadMeminfo();
        var (storage, storageAvailable) = ReadFilesystem(dataDir);
        return new MachineInfo(
            System.Environment.ProcessorCount,
            memory.GetValueOrDefault("MemTotal"),
            memory.GetValueOrDefault("MemAvailable", memory.GetValueOrDefault("MemFree")),
            storage,
            storageAvailable,
            configuredIP.Length > 0 ? configuredIP : DetectInternalIP(),
            Dns.GetHostName(),
            ReadFirstLine("/etc/machine-id"),
            ReadFirstLine("/proc/sys/kernel/random/boot_id"),
            ReadFirstLine("/proc/sys/kernel/osrelease"),
            ReadOsImage(),
            ArchitectureName(RuntimeInformation.OSArchitecture));
    }

    /// <summary>Reads available memory and storage again, for the pressure conditions.</summary>
    public MachineInfo Refresh(string dataDir)
    {
        var memory = ReadMeminfo();
        var (_, storageAvailable) = ReadFilesystem(dataDir);
        return this with
        {
            MemoryAvailableBytes = memory.GetValueOrDefault("MemAvailable", memory.GetValueOrDefault("MemFree")),
            StorageAvailableBytes = storageAvailable,
        };
    }

    /// <summary>Kubernetes' name for an architecture (GOARCH): amd64, arm64, arm, 386 ...</summary>
    public static string ArchitectureName(Architecture architecture) => architecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "amd64",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        System.Runtime.InteropServices.Architecture.X86 => "386",
        System.Runtime.InteropServices.Architecture.S390x => "s390x",
        System.Runtime.InteropServices.Architecture.Ppc64le => "ppc64le",
        System.Runtime.InteropServices.Architecture.RiscV64 => "riscv64",
        System.Runtime.InteropServices.Architecture.LoongArch64 => "loong64",
        _ => architecture.ToString().ToLowerInvariant(),
    };

    /// <summary>/proc/meminfo as bytes by field name (its values are in kB).</summary>
    public static IReadOnlyDictionary<string, long> ParseMeminfo(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var parts = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                values[line[..colon]] = parts.Length > 1 && parts[1] == "kB" ? number * 1024 : number;
            }
        }

        return values;
    }

    private static IReadOnlyDictionary<string, long> ReadMeminfo() =>
        File.Exists("/proc/meminfo") ? ParseMeminfo(File.ReadLines("/proc/meminfo")) : new Dictionary<string, long>();

    private static (long Total, long Available) ReadFilesystem(string dataDir)
    {
        try
        {
            Directory.CreateDirectory(dataDir);
            var drive = new DriveInfo(Path.GetFullPath(dataDir));
            return (drive.TotalSize, drive.AvailableFreeSpace);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (0, 0);
        }
    }

    private static string DetectInternalIP()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(candidate => candidate.OperationalStatus == OperationalStatus.Up && candidate.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(candidate => candidate.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip));
        return (address ?? IPAddress.Loopback).ToString();
    }

    private static string ReadFirstLine(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Trim() ?? "" : "";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string ReadOsImage()
    {
        const string file = "/etc/os-release";
        if (!File.Exists(file))
        {
            return RuntimeInformation.OSDescription;
        }

        var pretty = File.ReadLines(file).FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        return pretty is null ? RuntimeInformation.OSDescription : pretty["PRETTY_NAME=".Length..].Trim('"');
    }
}
