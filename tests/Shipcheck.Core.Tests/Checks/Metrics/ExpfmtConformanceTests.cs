using Shipcheck.Core.Checks.Metrics.Parsing;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class ExpfmtConformanceTests
{
    [Fact]
    public void Parses_every_valid_case_of_the_reference_to_its_families_and_types()
    {
        var folder = ExpfmtCorpus.CasesFolder() ?? SkipWithoutCorpus();
        var failures = new List<string>();
        var cases = ExpfmtCorpus.Cases(folder).Where(c => c.Valid).ToList();
        foreach (var test in cases)
        {
            var parsed = ExpositionParser.Parse(File.ReadAllBytes(Path.Combine(folder, test.File)));
            var expected = test.Families.Select(f => $"{f.Name}:{f.Type}").Order(StringComparer.Ordinal);
            var actual = parsed.Families.Select(f => $"{f.Name}:{MetricTypes.ReferenceName(f.Type ?? MetricType.Untyped)}").Order(StringComparer.Ordinal);
            if (parsed.Error is not null || !expected.SequenceEqual(actual))
            {
                failures.Add($"{test.File} ({test.Title}): expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}] {parsed.Error}");
            }
        }

        Assert.True(cases.Count >= 18, $"only {cases.Count} valid cases found");
        Assert.Empty(failures);
    }

    [Fact]
    public void Rejects_every_error_case_of_the_reference_with_its_message()
    {
        var folder = ExpfmtCorpus.CasesFolder() ?? SkipWithoutCorpus();
        var failures = new List<string>();
        var cases = ExpfmtCorpus.Cases(folder).Where(c => !c.Valid).ToList();
        foreach (var test in cases)
        {
            var parsed = ExpositionParser.Parse(File.ReadAllBytes(Path.Combine(folder, test.File)));
            // The reference has two modes; a null prefix means the case is valid with UTF-8 names, the mode used here.
            var ok = test.ErrorPrefix is null
                ? parsed.Error is null
                : parsed.Error?.ToString().StartsWith(test.ErrorPrefix, StringComparison.Ordinal) == true;
            if (!ok)
            {
                failures.Add($"{test.File} ({test.Title}): expected {test.ErrorPrefix ?? "no error"}, got {parsed.Error?.ToString() ?? "no error"}");
            }
        }

        Assert.True(cases.Count >= 48, $"only {cases.Count} error cases found");
        Assert.Empty(failures);
    }

    private static string SkipWithoutCorpus()
    {
        Assert.Skip("the prometheus-expfmt corpus (shared/corpora beside the repository) is not on this machine");
        return "";
    }
}
