using Shipcheck.Core.Checks.Run;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Run;

public sealed class RunProbeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RunKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Observes_exit_code_stdout_stderr_and_duration()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "echo out; echo err >&2; exit 3")), Probes.Context(_folder.Path));

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("exit_code"));
        Assert.Equal("out\n", result.Observations.Text("stdout"));
        Assert.Equal("err\n", result.Observations.Text("stderr"));
        Assert.True(result.Observations.Duration("duration") > TimeSpan.Zero);
        Assert.Contains("out", result.Output);
        Assert.Contains("err", result.Output);
    }

    [Theory]
    [MemberData(nameof(HostileValues.ShellInjections), MemberType = typeof(HostileValues))]
    public async Task A_hostile_variable_value_reaches_the_command_as_data_and_never_runs(string hostile)
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["version"] = hostile });

        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "echo \"${version}\"; echo ${version}")), context);

        Assert.False(File.Exists(_folder.File("pwned")), "the hostile value was executed");
        Assert.Equal(0, result.Observations.Number("exit_code"));
        Assert.StartsWith(hostile + "\n", result.Observations.Text("stdout"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_in_cwd_relative_to_the_checklist_folder()
    {
        Directory.CreateDirectory(_folder.File("sub"));

        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "pwd"), ("cwd", "sub")), Probes.Context(_folder.Path));

        Assert.Equal(_folder.File("sub") + "\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Runs_in_the_checklist_folder_by_default()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "pwd")), Probes.Context(_folder.Path));

        Assert.Equal(_folder.Path + "\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Fails_with_a_clear_message_when_cwd_does_not_exist()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "touch made"), ("cwd", "missing")), Probes.Context(_folder.Path));

        Assert.Equal($"working directory {_folder.File("missing")} does not exist", result.Error);
        Assert.False(File.Exists(_folder.File("made")));
    }

    [Fact]
    public async Task Passes_the_env_map_rendered_with_variables()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["region"] = "eu-1" });
        var env = new Dictionary<string, string> { ["TARGET"] = "api-${region}" };

        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "printf %s \"$TARGET\""), ("env", env)), context);

        Assert.Equal("api-eu-1", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Runs_the_command_with_the_shell_given()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "echo $0"), ("shell", "sh")), Probes.Context(_folder.Path));

        Assert.Equal("sh\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Fails_when_the_shell_does_not_exist()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "true"), ("shell", "no-such-shell")), Probes.Context(_folder.Path));

        Assert.Equal("shell 'no-such-shell' not found on PATH", result.Error);
    }

    [Fact]
    public async Task Gives_the_command_an_empty_stdin_instead_of_the_terminal()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("command", "cat; echo read-to-end")), Probes.Context(_folder.Path));

        Assert.Equal("read-to-end\n", result.Observations.Text("stdout"));
    }

    [Fact]
    public async Task Keeps_only_head_and_tail_of_long_output()
    {
        const int total = 20 * 1024 * 1024;
        var command = $"printf start; head -c {total} /dev/zero | tr '\\0' x; printf end";

        var result = await Probes.Observe(_kind, TestOptions.Of(("command", command)), Probes.Context(_folder.Path));

        var stdout = result.Observations.Text("stdout");
        Assert.StartsWith("startxxx", stdout, StringComparison.Ordinal);
        Assert.EndsWith("xxxend", stdout, StringComparison.Ordinal);
        Assert.Contains($"… {total + 8 - (2 * 16 * 1024)} bytes omitted …", stdout);
        Assert.True(stdout.Length < 64 * 1024);
        Assert.True(result.Output!.Length < 64 * 1024);
    }
}
