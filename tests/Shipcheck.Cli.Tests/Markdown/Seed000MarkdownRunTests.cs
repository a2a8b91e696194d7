using System.Net.Sockets;
using System.Text.Json;
using Shipcheck.Cli.Tests.Examples;
using Shipcheck.Core.Tests.Git;

namespace Shipcheck.Cli.Tests.Markdown;

/// <summary>
/// Seed 000 as the team wrote it: converted with <c>shipcheck convert</c>, then run with <c>--confirm-all</c> against
/// the stock-monitoring example's five containers on a private dockerd. The seed's own commands run: git pulls from an
/// origin, docker ps, docker logs, psql through docker exec, curl and jq on localhost:8000. Stand-ins, on a PATH folder,
/// only for what cannot run here: <c>ssh oracle-a1</c> (no host but this one may be reached: it prints what it was
/// asked), <c>docker compose</c> (not packaged here: the example's deploy.sh deploys the release the compose file's
/// image tag names; every other docker command is the real CLI on the demo's engine) and <c>sleep</c> (the seed waits
/// 60 s for startup; the stand-in waits at most 3 s).
/// </summary>
[Collection(StockMonitoringCollection.Name)]
public sealed class Seed000MarkdownRunTests(StockMonitoringDemo demo) : IAsyncLifetime
{
    private const int SeedApiPort = 8000;
    private static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Markdown", "Data", "seed-000.md");
    private static readonly string[] SeedTempFiles = ["/tmp/pre_deploy_commit.txt", "/tmp/docker-compose.yml.backup", "/tmp/pre_deploy_containers.txt"];
    private readonly TempFolder _temp = new();
    private readonly TestRepository _repository = new();
    private readonly TestRepository _teammate = new(init: false);

    // The team's checkout on "oracle-a1", where the seed's `cd ~/workspace/stock_monitoring` goes.
    private string Repository => _temp.PathOf("home/workspace/stock_monitoring");

    public ValueTask InitializeAsync()
    {
        using var probe = new TcpClient();
        try
        {
            probe.Connect("127.0.0.1", SeedApiPort);
            throw new InvalidOperationException($"127.0.0.1:{SeedApiPort} is taken: seed 000's commands curl localhost:{SeedApiPort}, so the test's API must listen there");
        }
        catch (SocketException)
        {
            // Free: what the test needs.
        }
        WriteStandIns();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Converted_and_run_against_a_healthy_release_it_deploys_verifies_watches_and_succeeds()
    {
        var previous = await PrepareAsync(running: "v1", develop: "v2");

        var (result, steps) = await ConvertAndRunAsync(previous);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("v2", await ApiVersionAsync());
        foreach (var name in new[] { "1. Backup Current State", "2. Pull Latest Code", "3. Build & Deploy", "4. Wait for Startup" })
        {
            Assert.Equal(("deploy", "passed"), Find(steps, "deploy", name));
        }
        foreach (var name in new[] { "Critical: Service Status Check", "Critical: Data Flow Verification", "API Health Check", "Error Log Review" })
        {
            Assert.Equal(("verify", "passed"), Find(steps, "verify", name));
        }
        var stability = steps.Where(s => s.GetProperty("phase").GetString() == "stability").ToList();
        Assert.True(stability.Select(s => s.GetProperty("round").GetInt32()).Distinct().Count() >= 2, result.ToString());
        Assert.All(stability, s => Assert.Equal("passed", s.GetProperty("status").GetString()));
        Assert.Contains("stand-in ssh: oracle-a1", StepOutput(steps, "1. Backup Current State"));
        Assert.Equal(_teammate.Git("rev-parse", "HEAD"), _repository.Git("rev-parse", "HEAD"));
    }

    [Fact]
    public async Task Converted_and_run_against_a_release_whose_collector_exits_it_rolls_back_to_the_previous_commit()
    {
        var previous = await PrepareAsync(running: "v2", develop: "v4-feed-down");

        var (result, steps) = await ConvertAndRunAsync(previous);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("rolled_back", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("verdict").GetString());
        // The collector exited: four of five "Up", no "WebSocket Connected", and its ERROR line in the log. Verify runs its
        // checks at once and stops at the first failure, so which of these three ends it first varies.
        string[] catches = ["Critical: Service Status Check", "Critical: Data Flow Verification", "Error Log Review"];
        var failed = steps.Where(s => s.GetProperty("phase").GetString() == "verify" && s.GetProperty("status").GetString() is "failed" or "error")
            .Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, name => Assert.Contains(name, catches));
        Assert.DoesNotContain(steps, s => s.GetProperty("phase").GetString() == "stability");
        Assert.Equal(("rollback", "passed"), Find(steps, "rollback", "Rollback Procedure"));
        Assert.Equal(("rollback_verify", "passed"), Find(steps, "rollback_verify", "Critical: Service Status Check"));
        Assert.Equal("v2", await ApiVersionAsync());
        Assert.Equal(previous, _repository.Git("rev-parse", "HEAD"));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Leave the demo as the other tests of the collection expect it: v2, its API on the demo's own port.
            await demo.DeployAsync("v2");
        }
        finally
        {
            foreach (var file in SeedTempFiles.Where(File.Exists))
            {
                File.Delete(file);
            }
            _teammate.Dispose();
            _repository.Dispose();
            _temp.Dispose();
        }
    }

    /// <summary>
    /// The team's repository on "oracle-a1": <paramref name="running"/> committed and deployed (the previous commit,
    /// returned), and a teammate's commit on origin's develop that moves the compose file to <paramref name="develop"/>.
    /// </summary>
    private async Task<string> PrepareAsync(string running, string develop)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Repository)!);
        Directory.CreateSymbolicLink(Repository, _repository.Path);
        _repository.Git("checkout", "--quiet", "-b", "develop");
        _repository.Write("deploy/docker-compose.yml", Compose(running));
        var previous = _repository.Commit($"release {running}");
        var origin = _temp.PathOf("origin.git");
        _repository.Git("clone", "--quiet", "--bare", _repository.Path, origin);
        _repository.Git("remote", "add", "origin", origin);
        _teammate.Git("clone", "--quiet", origin, ".");
        _teammate.Write("deploy/docker-compose.yml", Compose(develop));
        _teammate.Commit($"release {develop}");
        _teammate.Git("push", "--quiet", "origin", "develop");
        await demo.DeployAsync(running, SeedApiPort);
        return previous;
    }

    private async Task<(CliResult Result, List<JsonElement> Steps)> ConvertAndRunAsync(string previous)
    {
        // The checklist lives in the repository, as the team keeps it: its blocks assume one shell on oracle-a1 that
        // has done `cd ~/workspace/stock_monitoring` (block 3 runs `docker compose -f deploy/...` without a cd), and a
        // converted step runs in the checklist's folder.
        File.Copy(Seed, _temp.PathOf("CHECKLIST.md"), overwrite: true);
        var checklist = Path.Combine(Repository, "shipcheck.yaml");
        var convert = await ShipcheckProcess.RunAsync(_temp.Path, null, "convert", "CHECKLIST.md", "-o", checklist);
        Assert.True(convert.ExitCode == 0, convert.ToString());

        var environment = new Dictionary<string, string>
        {
            ["HOME"] = _temp.PathOf("home"),
            ["PATH"] = _temp.PathOf("bin") + ":" + Environment.GetEnvironmentVariable("PATH"),
        };
        var result = await ShipcheckProcess.RunAsync(_temp.Path, environment, "run", checklist,
            "--confirm-all", "seed 000 integration test", "--var", $"previous_commit_from_backup={previous}",
            "--var", "stability_window=6s", "--var", "stability_every=2s", "--output", "json", "--store", _temp.StorePath);
        var steps = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("steps").EnumerateArray().ToList();
        return (result, steps);
    }

    private void WriteStandIns()
    {
        var bin = Directory.CreateDirectory(_temp.PathOf("bin")).FullName;
        Write(Path.Combine(bin, "ssh"), "echo \"stand-in ssh: $* (the commands after it run on this machine)\"");
        Write(Path.Combine(bin, "sleep"), """
            # The seed waits 60 s for startup; this waits at most 3 s. Fractions (deploy.sh's 0.1) pass through.
            n=${1%s}
            case "$n" in *[!0-9]*) ;; *) [ "$n" -gt 3 ] && n=3 ;; esac
            exec /bin/sleep "$n"
            """);
        Write(Path.Combine(bin, "docker"), $$"""
            # docker compose is not packaged here: compose -f FILE build|up|down do what compose would, with the
            # example's deploy.sh and the release the file's image tag names. Everything else: the real CLI, on the
            # demo's engine.
            set -euo pipefail
            if [[ "${1:-}" != compose ]]; then exec /usr/bin/docker --host "unix://{{demo.Socket}}" "$@"; fi
            shift
            file=docker-compose.yml
            while [[ "${1:-}" == -f ]]; do file=$2; shift 2; done
            version=$(sed -n 's/.*image: *stock-monitoring-app:\([^ ]*\).*/\1/p' "$file" | head -1)
            case "${1:-}" in
              build) echo "stand-in compose build: stock-monitoring-app:$version is built by up" ;;
              up) STOCK_DEMO_DIR="{{demo.StateFolder}}" STOCK_API_PORT={{SeedApiPort}} bash "{{demo.ExampleFolder}}/deploy.sh" "$version" ;;
              down)
                for service in real-collector timescale-archiver api-server; do
                  /usr/bin/docker --host "unix://{{demo.Socket}}" rm --force "$service" > /dev/null 2>&1 || true
                done
                echo "stand-in compose down" ;;
              *) echo "stand-in docker compose: '$*' is not supported" >&2; exit 2 ;;
            esac
            """);
    }

    private static string Compose(string version) => $$"""
        services:
          real-collector: { image: stock-monitoring-app:{{version}} }
          timescale-archiver: { image: stock-monitoring-app:{{version}} }
          api-server: { image: stock-monitoring-app:{{version}} }

        """;

    private async Task<string> ApiVersionAsync()
    {
        using var client = new HttpClient();
        var health = await client.GetStringAsync($"http://127.0.0.1:{SeedApiPort}/health", TestContext.Current.CancellationToken);
        return JsonDocument.Parse(health).RootElement.GetProperty("version").GetString()!;
    }

    private static (string?, string?) Find(List<JsonElement> steps, string phase, string name)
    {
        var step = steps.Last(s => s.GetProperty("phase").GetString() == phase && s.GetProperty("name").GetString() == name);
        return (step.GetProperty("phase").GetString(), step.GetProperty("status").GetString());
    }

    private static string StepOutput(List<JsonElement> steps, string name) =>
        steps.First(s => s.GetProperty("name").GetString() == name).GetProperty("evidence").GetProperty("output").GetString() ?? "";

    private static void Write(string path, string body)
    {
        File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
