using Shipcheck.Core.Artifacts;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Artifacts;

public sealed class ArtifactFilesTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public void Default_globs_find_weights_in_any_folder_but_never_in_git()
    {
        using var folder = new TempFolder();
        Write(folder, "model.pt", "checkpoints/epoch_1.pth", "a/b/c/weights.bin", "export/m.onnx", "notes.txt", "model.pt.txt", ".git/objects/pack.bin");

        var (files, problems) = ArtifactFiles.Find(folder.Path, ArtifactGlobs.Parse(ArtifactGlobs.ModelWeights), _ct);

        Assert.Equal(["a/b/c/weights.bin", "checkpoints/epoch_1.pth", "export/m.onnx", "model.pt"], files.Select(f => f.RelativePath));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("dist/*.tar.gz", new[] { "dist/app.tar.gz" })]
    [InlineData("dist/**/*.tar.gz", new[] { "dist/app.tar.gz", "dist/sub/lib.tar.gz" })]
    [InlineData("*/sub/*", new[] { "dist/sub/lib.tar.gz" })]
    [InlineData("app.tar.gz", new[] { "dist/app.tar.gz" })]
    public void Globs_with_a_slash_are_anchored_at_the_root(string glob, string[] expected)
    {
        using var folder = new TempFolder();
        Write(folder, "dist/app.tar.gz", "dist/sub/lib.tar.gz", "other/x.zip");

        var (files, _) = ArtifactFiles.Find(folder.Path, ArtifactGlobs.Parse([glob]), _ct);

        Assert.Equal(expected, files.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_symlink_loop_is_not_followed_and_a_file_symlink_is()
    {
        using var folder = new TempFolder();
        Write(folder, "models/real.pt");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "models", "loop"), folder.Path);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "alias.pt"), Path.Combine(folder.Path, "models", "real.pt"));

        var (files, problems) = ArtifactFiles.Find(folder.Path, ArtifactGlobs.Parse(["**/*.pt"]), _ct);

        Assert.Equal(["alias.pt", "models/real.pt"], files.Select(f => f.RelativePath));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("", "a file glob is empty")]
    [InlineData("/etc/*.pt", "is absolute")]
    [InlineData("../other/*.pt", "leaves the project's root")]
    public void Globs_that_leave_the_root_are_refused(string glob, string expected)
    {
        Assert.Contains(expected, ArtifactGlobs.Problem(glob), StringComparison.Ordinal);
    }

    private static void Write(TempFolder folder, params string[] paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(folder.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, path);
        }
    }
}
