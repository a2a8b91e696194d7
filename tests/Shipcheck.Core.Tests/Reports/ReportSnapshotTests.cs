using Shipcheck.Core.Reports;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Reports;

/// <summary>Every format of every sample run, compared with the files in Reports/Expected/.</summary>
public sealed class ReportSnapshotTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var run in new[] { "succeeded", "rollback_failed", "interrupted" })
        {
            foreach (var report in RunReports.All)
            {
                data.Add(run, report.Format);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_the_run_exactly_as_the_expected_file(string run, string format)
    {
        var report = RunReports.Find(format)!;

        var text = report.Render(Sample(run));

        Snapshot.Matches($"{run}.{report.FileExtension}", text);
    }

    private static RunRecord Sample(string name) => name switch
    {
        "succeeded" => SampleRuns.Succeeded(),
        "rollback_failed" => SampleRuns.RolledBack(),
        _ => SampleRuns.InterruptedBeforeAnything(),
    };
}
