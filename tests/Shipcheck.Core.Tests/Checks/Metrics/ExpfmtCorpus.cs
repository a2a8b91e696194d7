using System.Text.Json;

namespace Shipcheck.Core.Tests.Checks.Metrics;

/// <summary>
/// prometheus/common's exposition-format cases in the shared corpora folder beside the repository (never copied into
/// it): cases/valid_*.txt with their expected families, cases/error_*.txt with the expected message prefix.
/// </summary>
internal static class ExpfmtCorpus
{
    /// <summary>The cases folder, or null when the corpus is not on this machine.</summary>
    public static string? CasesFolder() => SharedCorpora.Find(Path.Combine("prometheus-expfmt", "cases"));

    public static IReadOnlyList<ExpfmtCase> Cases(string folder)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        return [.. document.RootElement.EnumerateArray().Select(c => new ExpfmtCase(
            c.GetProperty("file").GetString()!,
            c.GetProperty("title").GetString() ?? "",
            c.TryGetProperty("valid", out var valid) && valid.GetBoolean(),
            c.TryGetProperty("expected_families", out var families)
                ? [.. families.EnumerateArray().Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!))]
                : [],
            c.TryGetProperty("expected_error_prefix_utf8", out var prefix) && prefix.ValueKind == JsonValueKind.String ? prefix.GetString() : null))];
    }
}

/// <summary>One case: a valid exposition with its families and types, or an invalid one with its error's prefix.</summary>
internal sealed record ExpfmtCase(string File, string Title, bool Valid, IReadOnlyList<(string Name, string Type)> Families, string? ErrorPrefix);
