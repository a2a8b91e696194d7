namespace Shipcheck.Core.Releases;

/// <summary>
/// Where a repository keeps its model checkpoints, whose version file <c>shipcheck release</c> writes and
/// <c>release_tag</c> reads. Found as configured, or detected: <c>checkpoints/</c> or <c>models/</c> at the top of the
/// repository, counted only when it holds a weights file or already has the version file, because <c>models/</c> is
/// just as often a web framework's code.
/// </summary>
/// <param name="Folder">The folder's full path.</param>
/// <param name="VersionFile">The version file's full path.</param>
/// <param name="Configured">True when the step or command named the folder, so its absence is a failure.</param>
public sealed record CheckpointFolder(string Folder, string VersionFile, bool Configured)
{
    /// <summary>The version file's name when none is configured.</summary>
    public const string DefaultVersionFile = "VERSION";

    /// <summary>The folders looked for, in order, when none is configured.</summary>
    public static IReadOnlyList<string> Candidates { get; } = ["checkpoints", "models"];

    /// <summary>What model weights are saved as (PyTorch, ONNX, safetensors, Keras, TensorFlow, scikit-learn).</summary>
    public static IReadOnlyList<string> WeightExtensions { get; } =
        [".pt", ".pth", ".bin", ".onnx", ".safetensors", ".ckpt", ".h5", ".keras", ".pb", ".tflite", ".pkl", ".joblib"];

    // Deep enough for checkpoints/<model>/<epoch>/weights.pt; bounded so a symlink loop or a huge tree costs little.
    private static readonly EnumerationOptions Search = new()
    {
        RecurseSubdirectories = true,
        MaxRecursionDepth = 3,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
    };

    /// <summary>True when the folder exists.</summary>
    public bool Exists => Directory.Exists(Folder);

    /// <summary>
    /// The checkpoint folder of the repository at <paramref name="root"/>: <paramref name="configured"/> (relative to
    /// the root) when given, else the first detected candidate, else null (the repository has no checkpoints).
    /// </summary>
    public static CheckpointFolder? Find(string root, string? configured, string? versionFile)
    {
        var name = string.IsNullOrWhiteSpace(versionFile) ? DefaultVersionFile : versionFile;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var folder = Path.GetFullPath(configured, root);
            return new CheckpointFolder(folder, Path.GetFullPath(name, folder), Configured: true);
        }
        foreach (var candidate in Candidates)
        {
            var folder = Path.Combine(root, candidate);
            var file = Path.GetFullPath(name, folder);
            if (Directory.Exists(folder) && (File.Exists(file) || HoldsWeights(folder)))
            {
                return new CheckpointFolder(folder, file, Configured: false);
            }
        }
        return null;
    }

    /// <summary><paramref name="path"/> relative to <paramref name="root"/>, with forward slashes, for messages.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static bool HoldsWeights(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", Search)
                .Take(10_000)
                .Any(file => WeightExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
