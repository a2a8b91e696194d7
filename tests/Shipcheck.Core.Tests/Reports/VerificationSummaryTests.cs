using Shipcheck.Core.Engine;
using Shipcheck.Core.Reports;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Reports;

public sealed class VerificationSummaryTests
{
    [Fact]
    public void Counts_each_check_once_however_many_stability_rounds_repeated_it()
    {
        var run = With(
            Check(1, Phase.Verify, "health"), Check(2, Phase.Verify, "port open"),
            Check(3, Phase.Stability, "health", round: 1), Check(4, Phase.Stability, "port open", round: 1));

        Assert.Equal("All checks passed (2 checks)", VerificationSummary.Describe(run));
    }

    [Fact]
    public void Names_the_failed_checks_out_of_those_that_ran()
    {
        var run = With(
            Check(1, Phase.Verify, "health", StepStatus.Failed), Check(2, Phase.Verify, "port open", StepStatus.Error),
            Check(3, Phase.Verify, "version file"), Check(4, Phase.Verify, "optional", StepStatus.Skipped));

        Assert.Equal("2 of 3 checks failed: health, port open", VerificationSummary.Describe(run));
    }

    [Fact]
    public void Names_the_round_of_a_check_that_only_failed_in_stability()
    {
        var run = With(Check(1, Phase.Verify, "health"), Check(2, Phase.Stability, "health", StepStatus.Failed, round: 4));

        Assert.Equal("1 of 1 check failed: health (stability round 4)", VerificationSummary.Describe(run));
    }

    [Fact]
    public void Notes_warnings_and_skipped_checks_when_all_passed()
    {
        var run = With(Check(1, Phase.Verify, "a"), Check(2, Phase.Verify, "b", StepStatus.Warned), Check(3, Phase.Verify, "c", StepStatus.Skipped));

        Assert.Equal("All checks passed (2 checks, 1 warning, 1 skipped)", VerificationSummary.Describe(run));
    }

    [Fact]
    public void Adds_the_failed_deploy_step_and_the_verification_after_rollback()
    {
        var run = With(
            Check(1, Phase.Deploy, "./deploy.sh", StepStatus.Failed), Check(2, Phase.Rollback, "./deploy.sh v1"),
            Check(3, Phase.RollbackVerify, "health"), Check(4, Phase.RollbackVerify, "port open"));

        Assert.Equal("deploy step failed: ./deploy.sh; after rollback: all checks passed (2 checks)", VerificationSummary.Describe(run));
    }

    [Fact]
    public void Says_no_checks_ran_when_none_did()
    {
        Assert.Equal("No checks ran", VerificationSummary.Describe(With(Check(1, Phase.Pre, "confirm"))));
    }

    private static RunRecord With(params StepRecord[] steps) => SampleRuns.Run("r1") with { Steps = steps };

    private static StepRecord Check(int sequence, Phase phase, string name, StepStatus status = StepStatus.Passed, int round = 0) =>
        SampleRuns.Step(sequence, phase, name, "http", sequence, 10, status) with { Round = round };
}
