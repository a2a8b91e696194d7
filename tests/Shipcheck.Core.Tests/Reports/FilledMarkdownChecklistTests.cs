using Shipcheck.Core.Engine;
using Shipcheck.Core.Markdown.Conversion;
using Shipcheck.Core.Markdown.Reading;
using Shipcheck.Core.Markdown.Running;
using Shipcheck.Core.Reports;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Reports;

/// <summary>The filled-in Markdown checklist, from a stored source and step records with fixed times.</summary>
public sealed class FilledMarkdownChecklistTests
{
    private const string Source = """
        # Demo Deployment Checklist

        Deployed By: ____
        Deployment started at: __:__

        ## Pre-Deployment

        - [ ] Change reviewed
        - [ ] Previous commit hash: `________`

        ## Deployment

        - [ ] Deploy the release
          ```bash
          ./deploy.sh v2
          ```
        - [ ] Health answers
          ```bash
          curl -s http://127.0.0.1:18080/health
          ```
          Expected: HTTP 200
        - [ ] Tell the team

        ## Rollback

        ```bash
        ./deploy.sh v1
        ```
        """;

    [Fact]
    public void A_rolled_back_run_ticks_what_passed_marks_the_failure_and_folds_the_output()
    {
        var run = RolledBack();

        var text = FilledMarkdownChecklist.Render(run);

        Snapshot.Matches("filled-in-rolled-back.md", text);
        Assert.Contains("- [x] Change reviewed — shipcheck: ✔", text);
        Assert.Contains("- [ ] Health answers — shipcheck: ✘ **FAILED**", text);
        Assert.Contains("Deployed By: `alice`", text);
        Assert.Contains("- [ ] Tell the team\n", text);
    }

    [Fact]
    public void The_markdown_report_of_a_markdown_run_is_the_filled_in_checklist()
    {
        var run = RolledBack();

        Assert.Equal(FilledMarkdownChecklist.Render(run), RunReports.Find("markdown")!.Render(run));
    }

    private static RunRecord RolledBack()
    {
        var plan = MarkdownRunPlan.Of(MarkdownReader.Read(Source, "CHECKLIST.md"));
        var steps = new List<StepRecord>();
        var at = SampleRuns.Start;
        foreach (var step in plan.Converted.Steps.Where(s => s.Name != "Tell the team"))
        {
            var failed = step.Name == "Health answers";
            steps.Add(new StepRecord
            {
                Sequence = steps.Count + 1,
                Phase = step.Phase,
                Name = step.Name,
                Kind = step.Kind == ConvertedKind.Confirm ? "confirm" : "run",
                Status = failed ? StepStatus.Failed : StepStatus.Passed,
                StartedAt = at = at.AddSeconds(2),
                Duration = TimeSpan.FromMilliseconds(120),
                Output = step.Kind == ConvertedKind.Confirm ? null : failed ? "HTTP/1.1 503\nstarting\n" : "done\n",
                Message = step.Kind == ConvertedKind.Confirm ? "confirmed by alice" : failed ? "status (503) == 200" : null,
                Expectations = failed ? [new ExpectationRecord("status == 200", false, "status (503) == 200")] : [],
            });
        }
        var blanks = plan.Blanks.ToDictionary(b => b.Name, b => b.Field.Kind switch
        {
            BlankKind.User => "alice",
            BlankKind.Commit => "a1b2c3d4e5f6",
            _ => "2026-11-22 03:15",
        });
        return new RunRecord
        {
            Id = "20261122T031500Z-md01",
            Service = plan.Converted.Service,
            ChecklistPath = "/srv/demo/CHECKLIST.md",
            User = "alice",
            Host = "deploy-1",
            StartedAt = SampleRuns.Start,
            FinishedAt = at.AddSeconds(1),
            Verdict = Verdict.RolledBack,
            Summary = "verify failed: Health answers — status (503) == 200; rolled back",
            Variables = blanks,
            Steps = steps,
            MarkdownSource = Source,
        };
    }
}
