using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorOrchestrator.NodeAgent.Runtime.Process;

/// <summary>
/// The driver's files under its state directory: <c>sandboxes/&lt;id&gt;/sandbox.json</c> (and <c>work/</c>, the pod's directory),
/// <c>containers/&lt;id&gt;/</c> holding <c>state.json</c>, the supervisor's <c>pids</c> and <c>exit</c>, the captured
/// <c>stdout</c>/<c>stderr</c> and the drained <c>offsets</c>. Records are replaced atomically (write, then rename).
/// </summary>
internal sealed class ProcessRuntimeLayout
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public ProcessRuntimeLayout(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(SandboxesDirectory);
        Directory.CreateDirectory(ContainersDirectory);
    }

    public string Root { get; }

    public string LockFile => Path.Combine(Root, "driver.lock");

    private string SandboxesDirectory => Path.Combine(Root, "sandboxes");

    private string ContainersDirectory => Path.Combine(Root, "containers");

    /// <summary>A new random id (32 hex digits).</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string SandboxDirectory(string id) => Path.Combine(SandboxesDirectory, id);

    public string SandboxWorkDirectory(string id) => Path.Combine(SandboxDirectory(id), "work");

    public string ContainerDirectory(string id) => Path.Combine(ContainersDirectory, id);

    public IEnumerable<ProcessSandboxRecord> LoadSandboxes() =>
        Load<ProcessSandboxRecord>(SandboxesDirectory, "sandbox.json");

    public IEnumerable<ProcessContainerRecord> LoadContainers() =>
        Load<ProcessContainerRecord>(ContainersDirectory, "state.json");

    public void Save(ProcessSandboxRecord sandbox) =>
        WriteAtomically(Path.Combine(SandboxDirectory(sandbox.Id), "sandbox.json"), JsonSerializer.SerializeToUtf8Bytes(sandbox, Json));

    public void Save(ProcessContainerRecord container) =>
        WriteAtomically(Path.Combine(ContainerDirectory(container.Id), "state.json"), JsonSerializer.SerializeToUtf8Bytes(container, Json));

    /// <summary>Writes a file so that readers see the old or the new content, never a mix.</summary>
    public static void WriteAtomically(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    private static IEnumerable<T> Load<T>(string directory, string fileName)
    {
        foreach (var entry in Directory.EnumerateDirectories(directory))
        {
            var file = Path.Combine(entry, fileName);
            if (File.Exists(file))
            {
                yield return Read<T>(file);
            }
        }
    }

    private static T Read<T>(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(file), Json)
                ?? throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, $"{file} holds no record.");
        }
        catch (JsonException invalid)
        {
            throw new ContainerRuntimeException(RuntimeReasons.RuntimeError, $"{file} is not a valid record: {invalid.Message}", invalid);
        }
    }
}
