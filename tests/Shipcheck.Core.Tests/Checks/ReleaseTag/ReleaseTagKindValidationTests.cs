using Shipcheck.Core.Checklists.Loading;
using Shipcheck.Core.Checks;

namespace Shipcheck.Core.Tests.Checks.ReleaseTag;

/// <summary>What the loader refuses in a release_tag step before anything runs, and what it accepts.</summary>
public sealed class ReleaseTagKindValidationTests
{
    private static IReadOnlyList<string> Problems(string pre)
    {
        var result = ChecklistLoader.LoadText($"service: demo\npre:\n{pre}", "deploy.yaml", Path.Combine(Path.GetTempPath(), "deploy.yaml"), CheckKinds.All);
        return [.. result.Problems.Select(p => p.Render())];
    }

    [Theory]
    [InlineData("  - release_tag: {}")]
    [InlineData("  - release_tag: v1.2.3")]
    [InlineData("  - release_tag: ${version}\n    expect: failures == 0 and warnings == 0")]
    [InlineData("  - release_tag: { version: '${version}', commit: main, checkpoints: models, version_file: MODEL_VERSION, tag_prefix: '' }\n    expect: [ all(status != \"fail\"), branch == \"main\", not shallow, commit == tag_commit ]")]
    public void Loads(string pre) => Assert.Empty(Problems(pre));

    [Theory]
    [InlineData("  - release_tag: v1.2", "deploy.yaml:3:18: v1.2: needs three numbers, MAJOR.MINOR.PATCH (like v1.2.0)")]
    [InlineData("  - release_tag: { version: v1.2.3, tag_prefix: 'rel ' }", "the tag prefix 'rel ' may hold only ASCII letters, digits and - _ . /")]
    [InlineData("  - release_tag: { version: v1.2.3, commit: --all }", "'--all' is not a commit")]
    [InlineData("  - release_tag: { version: v1.2.3, version_file: ../VERSION }", "'../VERSION' is not a file name inside the checkpoints folder")]
    [InlineData("  - release_tag: v1.2.3\n    expect: tag_comit != \"\"", "did you mean 'tag_commit'")]
    public void Refuses_what_cannot_work(string pre, string expected) =>
        Assert.Contains(Problems(pre), p => p.Contains(expected, StringComparison.Ordinal));
}
