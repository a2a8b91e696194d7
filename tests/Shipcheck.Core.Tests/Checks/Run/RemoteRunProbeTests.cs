using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Tests.Checks.Remote;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Run;

public sealed class RemoteRunProbeTests(SshServer server) : IClassFixture<SshServer>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RunKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Observes_exit_code_stdout_stderr_and_duration_on_the_host()
    {
        var result = await Run("echo out; echo err >&2; exit 3");

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("exit_code"));
        Assert.Equal("out\n", result.Observations.Text("stdout"));
        Assert.Equal("err\n", result.Observations.Text("stderr"));
        Assert.True(result.Observations.Duration("duration") > TimeSpan.Zero);
        Assert.Contains("out", result.Output);
    }

    [Fact]
    public async Task A_command_that_exits_255_itself_is_an_exit_code_not_an_ssh_failure()
    {
        var result = await Run("echo bye; exit 255");

        Assert.Null(result.Error);
        Assert.Equal(255, result.Observations.Number("exit_code"));
        Assert.Equal("bye\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Standard_error_that_does_not_end_a_line_is_kept_whole()
    {
        var result = await Run("printf 'no newline' >&2");

        Assert.Equal("no newline", result.Observations.Text("stderr"));
    }

    [Theory]
    [MemberData(nameof(HostileValues.ShellInjections), MemberType = typeof(HostileValues))]
    public async Task A_hostile_variable_value_reaches_the_remote_command_as_data_and_never_runs(string hostile)
    {
        var variables = new Dictionary<string, string> { ["version"] = hostile, ["folder"] = _folder.Path };

        var result = await Run("cd \"${folder}\" && echo \"${version}\"", variables);

        Assert.False(File.Exists(_folder.File("pwned")), "the hostile value was executed");
        Assert.Equal(0, result.Observations.Number("exit_code"));
        Assert.Equal(hostile + "\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task The_runners_environment_and_the_env_option_reach_the_host_without_touching_its_own_variables()
    {
        Environment.SetEnvironmentVariable("SHIPCHECK_TEST_RUNNER_VALUE", "from the runner");
        var options = TestOptions.Of(
            ("command", "echo \"${env.SHIPCHECK_TEST_RUNNER_VALUE}|$APP_MODE|$HOME\""),
            ("env", new Dictionary<string, string> { ["APP_MODE"] = "canary ${version}" }));

        var result = await Probes.ObserveOn(_kind, server.Host(), options, Probes.Context(_folder.Path, new Dictionary<string, string> { ["version"] = "v2" }));

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal($"from the runner|canary v2|{home}\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Runs_in_cwd_on_the_host_with_a_tilde_for_the_remote_home_and_the_chosen_shell()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        var inHome = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("command", "pwd"), ("cwd", "~")), Probes.Context(_folder.Path));
        var inFolder = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("command", "pwd; echo $0"), ("cwd", _folder.Path), ("shell", "sh")), Probes.Context(_folder.Path));

        Assert.Equal(home + "\n", inHome.Observations.Text("stdout"));
        Assert.Equal($"{_folder.Path}\nsh\n", inFolder.Observations.Text("stdout"));
    }

    [Fact]
    public async Task A_working_directory_or_shell_missing_on_the_host_is_an_error_naming_it()
    {
        var noFolder = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("command", "true"), ("cwd", "/no/such/folder")), Probes.Context(_folder.Path));
        var noShell = await Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("command", "true"), ("shell", "no-such-shell")), Probes.Context(_folder.Path));

        Assert.Contains("the working directory /no/such/folder does not exist on the host", noFolder.Error);
        Assert.Contains("test-host", noFolder.Error);
        Assert.Contains("the shell 'no-such-shell' is not on the host's PATH", noShell.Error);
    }

    [Fact]
    public async Task Long_output_is_kept_head_and_tail()
    {
        var result = await Run("head -c 200000 /dev/zero | tr '\\0' x; echo; echo the-end");

        var stdout = result.Observations.Text("stdout");
        Assert.Contains("bytes omitted", stdout);
        Assert.EndsWith("the-end\n", stdout, StringComparison.Ordinal);
        Assert.True(stdout.Length < 40_000, $"kept {stdout.Length} characters");
    }

    [Fact]
    public async Task A_secret_never_appears_on_any_command_line_here_or_on_the_host()
    {
        const string secret = "s3cr3t-value-for-argv-check";
        var variables = new Dictionary<string, string> { ["TOKEN"] = secret, ["folder"] = _folder.Path };
        var running = Run("touch \"${folder}/ready\"; sleep 2; echo \"${TOKEN}\" | wc -c", variables);
        Assert.True(await Processes.WaitUntil(() => File.Exists(_folder.File("ready")), TimeSpan.FromSeconds(20)), "the command never started");

        var commandLines = AllCommandLines();
        var result = await running;

        Assert.Contains(commandLines, line => line.Contains("ssh", StringComparison.Ordinal) && line.Contains($"{server.Port}", StringComparison.Ordinal));
        Assert.DoesNotContain(commandLines, line => line.Contains(secret, StringComparison.Ordinal));
        Assert.Equal($"{secret.Length + 1}\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task A_timed_out_step_stops_the_command_and_its_children_on_the_host()
    {
        var variables = new Dictionary<string, string> { ["folder"] = _folder.Path };
        using var timeout = new CancellationTokenSource();
        var running = Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("command",
            "cd \"${folder}\"; sleep 300 & echo $! > pids; echo $$ >> pids; touch ready; wait")), Probes.Context(_folder.Path, variables), timeout.Token);
        Assert.True(await Processes.WaitUntil(() => File.Exists(_folder.File("ready")), TimeSpan.FromSeconds(20)), "the command never started");
        var pids = File.ReadAllLines(_folder.File("pids")).Select(int.Parse).ToList();

        await timeout.CancelAsync();
        var result = await running;

        Assert.StartsWith("cancelled after", result.Error, StringComparison.Ordinal);
        Assert.Contains("on test-host", result.Error);
        Assert.Equal(128 + 15, result.Observations.Number("exit_code"));
        Assert.Equal("", result.Observations.Text("stderr"));
        Assert.True(await Processes.AllGone(pids, TimeSpan.FromSeconds(20)), $"still alive on the host: {string.Join(", ", pids.Where(Processes.IsAlive))}");
    }

    [Fact]
    public async Task A_background_child_that_keeps_the_output_open_does_not_hold_the_step()
    {
        var variables = new Dictionary<string, string> { ["folder"] = _folder.Path };

        var result = await Run("sleep 120 & echo $! > \"${folder}/child\"; echo started", variables);

        var child = int.Parse(File.ReadAllText(_folder.File("child")), System.Globalization.CultureInfo.InvariantCulture);
        Processes.Kill(child);
        Assert.Null(result.Error);
        Assert.Equal(0, result.Observations.Number("exit_code"));
        Assert.Equal("started\n", result.Observations.Text("stdout"));
    }

    private Task<ProbeResult> Run(string command, Dictionary<string, string>? variables = null) =>
        Probes.ObserveOn(_kind, server.Host(), TestOptions.Of(("command", command)), Probes.Context(_folder.Path, variables));

    private static List<string> AllCommandLines()
    {
        var lines = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                lines.Add(File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' '));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not a process folder.
            }
        }
        return lines;
    }
}
