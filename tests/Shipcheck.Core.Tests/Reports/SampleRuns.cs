using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Reports;

/// <summary>Runs built by hand with fixed times, as the store would return them.</summary>
internal static class SampleRuns
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 3, 15, 0, TimeSpan.FromHours(9));

    private static readonly ExpectationRecord[] HealthHolds =
    [
        new("status == 200", true, "status (200) == 200"),
        new("json.status == \"healthy\"", true, "json.status (\"healthy\") == \"healthy\""),
        new("latency < 500ms", true, "latency (12ms) < 500ms"),
    ];

    public static RunRecord Succeeded()
    {
        var steps = new List<StepRecord>
        {
            Step(1, Phase.Pre, "Change reviewed by a second person", "confirm", 0, 2) with { Message = "confirmed by alice: looks good", Expectations = [new("confirmed", true, "confirmed (true)")] },
            Step(2, Phase.Pre, "previous version", "run", 2, 45) with { Output = "v1\n", Message = "captured previous_version = v1" },
            Step(3, Phase.Deploy, "./deploy.sh ${version}", "run", 3, 1200) with { Output = "deploying v2\nlinking .demo/current -> releases/v2\ndone\n" },
            Step(4, Phase.Deploy, "wait 2s", "wait", 5, 2000),
            Health(5, Phase.Verify, 7, 0),
            Port(6, Phase.Verify, 7, 0),
            Step(7, Phase.Verify, "optional", "run", 7, 0, StepStatus.Skipped) with { Message = "when: environment (\"production\") == \"staging\" is false", Expectations = [] },
        };
        var sequence = 8;
        for (var round = 1; round <= 3; round++)
        {
            steps.Add(Health(sequence++, Phase.Stability, 7 + (round * 2), round));
            steps.Add(Port(sequence++, Phase.Stability, 7 + (round * 2), round));
        }
        steps.Add(Step(sequence, Phase.Post, "history HISTORY.md", "history", 14, 3) with { ObservationsJson = """{"written":true,"path":"/srv/demo/HISTORY.md"}""", Expectations = [new("written", true, "written (true)")] });
        return Run("20261122T031500Z-3f9a") with
        {
            Verdict = Verdict.Succeeded,
            FinishedAt = Start.AddSeconds(15),
            Summary = "all checks passed",
            Variables = new Dictionary<string, string> { ["port"] = "18080", ["url"] = "http://127.0.0.1:18080", ["changes"] = "health endpoint reports the build", ["API_TOKEN"] = "****" },
            Captures = new Dictionary<string, string> { ["previous_version"] = "v1", ["commit"] = "a1b2c3d" },
            Steps = steps,
        };
    }

    public static RunRecord RolledBack()
    {
        var badOutput = "HTTP/1.1 503 Service Unavailable\n\n```\n{\"status\":\"starting\"}\n```\n</details> <script>\u0001\u001b[31mred\u001b[0m\n";
        var steps = new List<StepRecord>
        {
            Step(1, Phase.Deploy, "./deploy.sh ${version}", "run", 0, 900) with { Output = "deploying v3\ndone\n" },
            Health(2, Phase.Verify, 1, 0),
            Port(3, Phase.Verify, 1, 0),
            Step(4, Phase.Verify, "log says started", "file", 1, 1, StepStatus.Warned) with { Message = "contains (false)", Expectations = [new("exists", true, "exists (true)"), new("contains", false, "contains (false)")] },
            Health(5, Phase.Stability, 3, 1),
            Port(6, Phase.Stability, 3, 1),
            Health(7, Phase.Stability, 5, 2) with
            {
                Status = StepStatus.Failed,
                Attempts = 3,
                ObservationsJson = """{"status":503,"latency":"9ms","json":{"status":"starting"}}""",
                Output = badOutput,
                Expectations = [new("status == 200", false, "status (503) == 200"), new("json.status == \"healthy\"", false, "json.status (\"starting\") == \"healthy\""), new("latency < 500ms", true, "latency (9ms) < 500ms")],
                Message = "status (503) == 200; json.status (\"starting\") == \"healthy\"",
            },
            Port(8, Phase.Stability, 5, 2),
            Step(9, Phase.Rollback, "./deploy.sh ${previous_version}", "run", 6, 800) with { Output = "deploying v2\ndone\n" },
            Health(10, Phase.RollbackVerify, 7, 0),
            Port(11, Phase.RollbackVerify, 7, 0) with { Status = StepStatus.Error, Message = "connection refused (127.0.0.1:18080)", Expectations = [], ObservationsJson = "{}" },
            Step(12, Phase.Post, "history /readonly/HISTORY.md", "history", 8, 1, StepStatus.Warned) with { Message = "cannot write the deployment history to /readonly/HISTORY.md: Read-only file system", Expectations = [] },
        };
        return Run("20261123T091500Z-77c1") with
        {
            Version = "v3",
            Verdict = Verdict.RollbackFailed,
            FinishedAt = Start.AddSeconds(9),
            Summary = "stability round 2: health failed; rolled back to v2, but port open did not verify",
            Variables = new Dictionary<string, string> { ["port"] = "18080" },
            Captures = new Dictionary<string, string> { ["previous_version"] = "v2", ["deployed_commit"] = "f00dfeed" },
            Steps = steps,
        };
    }

    public static RunRecord InterruptedBeforeAnything() => Run("20261124T000000Z-0001") with
    {
        Environment = null,
        Version = null,
        StartedAt = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero),
        Verdict = Verdict.Interrupted,
        Summary = InterruptedRuns.Summary,
    };

    public static RunRecord Run(string id) => new()
    {
        Id = id,
        Service = "demo",
        Environment = "production",
        Version = "v2",
        ChecklistPath = "/srv/demo/shipcheck.yaml",
        User = "alice",
        Host = "build-01",
        ProcessId = 4242,
        StartedAt = Start,
    };

    public static StepRecord Step(int sequence, Phase phase, string name, string kind, double atSeconds, double milliseconds, StepStatus status = StepStatus.Passed) => new()
    {
        Sequence = sequence,
        Phase = phase,
        Name = name,
        Kind = kind,
        Status = status,
        StartedAt = Start.AddSeconds(atSeconds),
        Duration = TimeSpan.FromMilliseconds(milliseconds),
        Expectations = kind == "run" ? [new("exit_code == 0", true, "exit_code (0) == 0")] : [],
        ObservationsJson = kind == "run" ? """{"exit_code":0}""" : "{}",
    };

    private static StepRecord Health(int sequence, Phase phase, double atSeconds, int round) =>
        Step(sequence, phase, "health", "http", atSeconds, 120.4) with
        {
            Round = round,
            ObservationsJson = """{"status":200,"latency":"12ms","json":{"status":"healthy"}}""",
            Expectations = HealthHolds,
        };

    private static StepRecord Port(int sequence, Phase phase, double atSeconds, int round) =>
        Step(sequence, phase, "port open", "tcp", atSeconds, 0.8) with
        {
            Round = round,
            ObservationsJson = """{"connected":true,"latency":"0.8ms"}""",
            Expectations = [new("connected", true, "connected (true)")],
        };
}
