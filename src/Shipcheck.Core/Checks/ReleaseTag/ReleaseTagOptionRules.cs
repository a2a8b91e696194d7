using Shipcheck.Core.Checklists;
using Shipcheck.Core.Releases;

namespace Shipcheck.Core.Checks.ReleaseTag;

/// <summary>What the loader can tell about a <c>release_tag</c> step before it runs: the literal values that cannot work.</summary>
internal static class ReleaseTagOptionRules
{
    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        if (Literal(options, ReleaseTagKind.VersionOption) is { } version && SemanticVersion.Parse(version).Error is { } versionError)
        {
            diagnostics.Add(options.SpanOf(ReleaseTagKind.VersionOption), versionError, "write a semantic version, like v1.2.3 or v1.2.3-rc.1, or leave 'version' out to use ${version}");
        }
        if (Literal(options, ReleaseTagKind.TagPrefixOption) is { } prefix && TagPrefix.Problem(prefix) is { } prefixError)
        {
            diagnostics.Add(options.SpanOf(ReleaseTagKind.TagPrefixOption), prefixError, "use a prefix like v or release-, or \"\" for none");
        }
        if (Literal(options, ReleaseTagKind.CommitOption) is { } commit && (commit.Trim().Length == 0 || commit.StartsWith('-')))
        {
            diagnostics.Add(options.SpanOf(ReleaseTagKind.CommitOption), $"'{commit}' is not a commit", "give a hash, a branch or a tag, or leave 'commit' out for HEAD");
        }
        if (Literal(options, ReleaseTagKind.VersionFileOption) is { } file && (file.Trim().Length == 0 || Path.IsPathRooted(file) || file.Split('/', '\\').Contains("..")))
        {
            diagnostics.Add(options.SpanOf(ReleaseTagKind.VersionFileOption), $"'{file}' is not a file name inside the checkpoints folder", "give a name like VERSION, or leave 'version_file' out");
        }
    }

    private static string? Literal(OptionValues options, string name) =>
        options.Text(name) is { IsLiteral: true } template ? template.Source : null;
}
