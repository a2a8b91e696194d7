using Shipcheck.Core.Engine;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Tests.Store;

/// <summary>Hand-built records with fixed times for store tests.</summary>
internal static class StoreRecords
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 3, 15, 0, TimeSpan.FromHours(9));

    public static RunRecord Run(string id, string service = "demo", DateTimeOffset? startedAt = null, int processId = 0, string? host = null) => new()
    {
        Id = id,
        Service = service,
        Environment = "production",
        Version = "v2",
        ChecklistPath = "/srv/demo/shipcheck.yaml",
        User = "alice",
        Host = host ?? "build-01",
        ProcessId = processId,
        StartedAt = startedAt ?? Start,
        Variables = new Dictionary<string, string> { ["port"] = "18080", ["url"] = "http://127.0.0.1:18080", ["API_TOKEN"] = "****" },
    };

    public static StepRecord Step(int sequence, Phase phase = Phase.Verify, string? name = null, StepStatus status = StepStatus.Passed, TimeSpan? offset = null, TimeSpan? duration = null) => new()
    {
        Sequence = sequence,
        Phase = phase,
        Name = name ?? $"step {sequence}",
        Kind = "http",
        Status = status,
        StartedAt = Start + (offset ?? TimeSpan.FromSeconds(sequence)),
        Duration = duration ?? TimeSpan.FromMilliseconds(120.5),
        Attempts = 2,
        Round = phase == Phase.Stability ? 3 : 0,
        ObservationsJson = """{"status":503,"latency":"12ms"}""",
        Output = "HTTP/1.1 503\nnot ready ```",
        Expectations =
        [
            new ExpectationRecord("status == 200", false, "status (503) == 200"),
            new ExpectationRecord("latency < 500ms", true, "latency (12ms) < 500ms"),
        ],
        Message = "status (503) == 200",
    };
}
