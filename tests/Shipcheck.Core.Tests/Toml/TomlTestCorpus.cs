namespace Shipcheck.Core.Tests.Toml;

/// <summary>
/// The toml-test suite in the shared corpora folder beside the repository (never copied into it). Its
/// tests/files-toml-1.0.0 lists the cases of TOML 1.0.0; cases only in files-toml-1.1.0 are left out.
/// </summary>
internal static class TomlTestCorpus
{
    /// <summary>The suite's tests folder, or null when the corpus is not on this machine.</summary>
    public static string? TestsFolder() =>
        SharedCorpora.Find(Path.Combine("toml-test", "tests")) is { } tests && File.Exists(Path.Combine(tests, "files-toml-1.0.0")) ? tests : null;

    /// <summary>The .toml cases of one TOML version under valid/ or invalid/, as paths relative to the tests folder.</summary>
    public static IReadOnlyList<string> Cases(string folder, string kind, string version = "1.0.0") =>
        [.. File.ReadAllLines(Path.Combine(folder, $"files-toml-{version}"))
            .Where(line => line.StartsWith(kind + "/", StringComparison.Ordinal) && line.EndsWith(".toml", StringComparison.Ordinal))];

    /// <summary>Skips the test with the reason when the corpus is absent.</summary>
    public static string Require() => TestsFolder() ?? Skip();

    private static string Skip()
    {
        Assert.Skip("the toml-test corpus (shared/corpora/toml-test beside the repository) is not on this machine");
        return "";
    }
}
