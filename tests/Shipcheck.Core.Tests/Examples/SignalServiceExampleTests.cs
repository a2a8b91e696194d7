using Shipcheck.Core.Checks;
using Shipcheck.Core.Engine;
using Shipcheck.Core.Gates;
using Shipcheck.Core.Notifications;
using Shipcheck.Core.Store;
using Shipcheck.Core.Tests.Checks.Promql;
using Shipcheck.Core.Tests.Checks.Sql;
using Shipcheck.Core.Tests.Engine.Canary;
using Shipcheck.Core.Tests.Notifications;

namespace Shipcheck.Core.Tests.Examples;

/// <summary>
/// examples/signal-service-v2/shipcheck.yaml, run as it is (only its windows shortened by <c>--var</c>) against local
/// stand-ins: <see cref="SignalService"/> as the service and its load balancer, the real Prometheus of the
/// <c>prometheus</c> collection scraping it, a real PostgreSQL to back up and migrate (with the example's own
/// migration), and a real webhook receiver for both Slack targets.
/// </summary>
[Collection(PrometheusCollection.Name)]
public sealed class SignalServiceExampleTests(TestPrometheus prometheus, PostgresServer database) : LoopbackReceiverTests, IClassFixture<PostgresServer>
{
    private static readonly string[] Roles = ["DevOps Lead", "Service Owner", "QA Lead", "Product Manager", "Security Team"];
    private static readonly string[] Signers = ["park", "choi", "kim", "jung", "lee"];

    private SignalService Signal => prometheus.Signal;

    [Fact]
    public async Task A_healthy_canary_is_promoted_to_100_percent_and_the_stakeholders_are_told()
    {
        var (run, _) = await SignedRunAsync("v2.0.0");

        Assert.True(run.Verdict == Verdict.Succeeded, run.Summary);
        Assert.Equal([10, 50, 100], Signal.Shifts);
        var backup = Assert.Single(Directory.GetFiles(Run.Folder, "backup_v2.0.0_*.sql"));
        Assert.Contains("PostgreSQL database dump", await File.ReadAllTextAsync(backup, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(3L, database.Scalar("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('signal_greeks', 'signal_moneyness', 'signal_subscriptions')"));
        Assert.Equal(StepStatus.Passed, Step(run, "verify new tables created").Status);
        Assert.Equal(StepStatus.Passed, Step(run, "10% · analysis").Status);
        Assert.Equal(StepStatus.Passed, Step(run, "50% · analysis").Status);
        var gates = run.Steps.Where(s => s.Name == "50% · error rate below 0.1%").ToList();
        Assert.True(gates.Count >= 2, $"{gates.Count} rounds of the error-rate gate at 50%");
        Assert.All(gates, g => Assert.Equal(StepStatus.Passed, g.Status));
        Assert.Contains("signed off before deploy", run.Summary, StringComparison.Ordinal);

        var team = Events(run, "platform-status");
        Assert.Equal([NotificationEvent.Started, NotificationEvent.StagePromoted, NotificationEvent.StagePromoted, NotificationEvent.StagePromoted], team);
        var stakeholders = Receiver.To("stakeholders");
        var message = Assert.Single(stakeholders).Field("text");
        Assert.StartsWith("Subject: signal-service v2.0.0 Deployment Complete\n\nThe signal-service has been successfully upgraded to v2.0.0.", message, StringComparison.Ordinal);
        Assert.Contains("Migration Guide: https://docs.platform.com/signal-service/migration", message, StringComparison.Ordinal);
        Assert.All(run.Notifications, n => Assert.Equal(NotificationStatus.Delivered, n.Status));
        var store = Run.StoreBytes();
        Assert.DoesNotContain(Receiver.Address + "/hook/", store, StringComparison.Ordinal);
        Assert.DoesNotContain(PostgresServer.CheckerPassword, store, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_rate_above_the_gate_at_10_percent_rolls_back_before_50()
    {
        var (run, _) = await SignedRunAsync("v2.0.1", () => Signal.ErrorRatio = 0.02);

        Assert.True(run.Verdict == Verdict.RolledBack, run.Summary);
        Assert.Equal([10, 0], Signal.Shifts);
        var analysis = Step(run, "10% · analysis");
        Assert.Equal(StepStatus.Failed, analysis.Status);
        Assert.Contains("error rate below 0.1%", analysis.Message, StringComparison.Ordinal);
        var gate = run.Steps.First(s => s.Name == "10% · error rate below 0.1%");
        Assert.Equal(StepStatus.Failed, gate.Status);
        Assert.Contains("0.02", gate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Steps, s => s.Name.StartsWith("50%", StringComparison.Ordinal));
        Assert.Contains(run.Steps, s => s.Phase == Phase.RollbackVerify && s.Status == StepStatus.Passed);
        Assert.Equal([NotificationEvent.Started, NotificationEvent.RolledBack], Events(run, "platform-status"));
        Assert.Empty(Receiver.To("stakeholders"));
    }

    [Fact]
    public async Task No_latency_data_at_10_percent_pauses_for_a_person_who_rolls_back()
    {
        var person = new PersonPrompt(promote: false, "p99 is missing, not good");
        var (run, _) = await SignedRunAsync("v2.0.2", () => Signal.ExportsLatency = false, person);

        var question = Assert.Single(person.Questions);
        Assert.StartsWith("canary stage 10%: inconclusive: no data", question, StringComparison.Ordinal);
        Assert.Contains("latency p99 below 200ms", question, StringComparison.Ordinal);
        var analysis = Step(run, "10% · analysis");
        Assert.Equal(StepStatus.NoData, analysis.Status);
        Assert.Contains("rolled back by bob: p99 is missing, not good", analysis.Message, StringComparison.Ordinal);
        Assert.True(run.Verdict == Verdict.RolledBack, run.Summary);
        Assert.Equal([10, 0], Signal.Shifts);
    }

    [Fact]
    public async Task Without_the_five_signoffs_nothing_deploys_and_the_run_is_blocked()
    {
        await StartFromNothingAsync();

        var (_, run) = await Run.RunAsync(Checklist(), version: "v2.0.3", variables: Variables());

        Assert.True(run.Verdict == Verdict.Blocked, run.Summary);
        Assert.Equal(3, VerdictExitCodes.For(run.Verdict));
        Assert.Empty(Signal.Shifts);
        Assert.DoesNotContain(run.Steps, s => s.Phase == Phase.Deploy);
        Assert.Empty(Directory.GetFiles(Run.Folder, "backup_*.sql"));
        Assert.Contains("missing: DevOps Lead, Service Owner, QA Lead, Product Manager, Security Team", run.Summary, StringComparison.Ordinal);
        Assert.Equal([NotificationEvent.Started, NotificationEvent.WaitingForSignoff, NotificationEvent.Blocked], Events(run, "platform-status"));
    }

    /// <summary>
    /// What a release goes through: a first run waits a second for sign-off and is blocked; the five roles approve it
    /// (as <c>shipcheck approve</c> records them, bound to its version and commit); the run again, after
    /// <paramref name="before"/> sets up the canary's behaviour.
    /// </summary>
    private async Task<(RunRecord Run, RunRecord Blocked)> SignedRunAsync(string version, Action? before = null, IConfirmationPrompt? prompt = null)
    {
        await StartFromNothingAsync();
        var (_, blocked) = await Run.RunAsync(Checklist(), version: version, variables: Variables());
        Assert.True(blocked.Verdict == Verdict.Blocked, blocked.Summary);
        var binding = new SignoffBinding(blocked.Service, blocked.Environment, blocked.Version, await Run.Store.GetRunCommitAsync(blocked.Id));
        foreach (var (role, name) in Roles.Zip(Signers))
        {
            await Run.Store.AddSignoffAsync(new Signoff { RunId = blocked.Id, Binding = binding, Role = role, Name = name, At = DateTimeOffset.Now });
        }
        before?.Invoke();
        var (_, run) = await Run.RunAsync(Checklist(), version: version, variables: Variables(), prompt: prompt);
        return (run, blocked);
    }

    /// <summary>
    /// All traffic on v1, and Prometheus has seen it (the checklist's pre checks that); the example's migrations next
    /// to the checklist, and the secrets in the environment.
    /// </summary>
    private async Task StartFromNothingAsync()
    {
        Signal.Reset();
        await Signal.WaitForScrapesAsync(2);
        var migrations = Directory.CreateDirectory(Path.Combine(Run.Folder, "migrations")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(ExampleFolder, "migrations")))
        {
            File.Copy(file, Path.Combine(migrations, Path.GetFileName(file)), overwrite: true);
        }
        // The checker role signs in with a password, as signal_user would; PostgreSQL 15 lets only owners create in public.
        database.Execute("GRANT CREATE ON SCHEMA public TO checker");
        Run.Environment["SIGNAL_DB_URL"] = $"postgresql://checker:{PostgresServer.CheckerPassword}@127.0.0.1:{database.Port}/postgres";
        Run.Environment["TEAM_WEBHOOK"] = $"{Receiver.Address}/hook/platform-status";
        Run.Environment["STAKEHOLDERS_WEBHOOK"] = $"{Receiver.Address}/hook/stakeholders";
    }

    // The seed's 15-minute windows, minutes of rate() and 30-minute sign-off wait, in seconds; the rest as written.
    private Dictionary<string, string> Variables() => new(StringComparer.Ordinal)
    {
        ["lb"] = Signal.Url,
        ["prometheus"] = prometheus.Server,
        ["rate_window"] = "10s",
        ["window"] = "3s",
        ["every"] = "1s",
        ["settle"] = "20s",
        ["signoff_wait"] = "1s",
    };

    private static string ExampleFolder => Path.Combine(RepositoryPaths.Root(), "examples", "signal-service-v2");

    private static string Checklist() => File.ReadAllText(Path.Combine(ExampleFolder, "shipcheck.yaml"));

    private static StepRecord Step(RunRecord run, string name) =>
        run.Steps.SingleOrDefault(s => s.Name == name) ?? throw new Xunit.Sdk.XunitException(
            $"no step '{name}'; the run recorded: {string.Join(", ", run.Steps.Select(s => s.Name).Distinct())}");

    private static List<NotificationEvent> Events(RunRecord run, string target) =>
        [.. run.Notifications.Where(n => n.Target == target).OrderBy(n => n.Sequence).Select(n => n.Event)];
}
