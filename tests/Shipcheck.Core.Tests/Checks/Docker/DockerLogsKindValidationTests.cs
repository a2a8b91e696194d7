using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.DockerLogs;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

public sealed class DockerLogsKindValidationTests
{
    private readonly DockerLogsKind _kind = new();

    private IReadOnlyList<string> Problems(params (string Name, object Value)[] options) =>
        [.. TestOptions.Validate(_kind, TestOptions.Of([("container", "real-collector"), .. options])).Items.Select(d => d.Message)];

    [Fact]
    public void Accepts_tail_since_patterns_and_one_stream() =>
        Assert.Empty(Problems(("tail", 20L), ("since", TimeSpan.FromMinutes(2)), ("error_pattern", "ERROR|FATAL"),
            ("ignore", new[] { "ALREADY_IN_SUBSCRIBE" }), ("stdout", false), ("endpoint", "unix:///var/run/docker.sock")));

    [Theory]
    [InlineData("tail", 0L, "'tail' must be at least 1")]
    [InlineData("error_pattern", "(unclosed", "'error_pattern' is not a valid regular expression")]
    [InlineData("endpoint", "npipe:////./pipe/docker_engine", "'npipe:////./pipe/docker_engine' is not a Docker endpoint Shipcheck can use")]
    public void Rejects_bad_options(string option, object value, string message) =>
        Assert.StartsWith(message, Assert.Single(Problems((option, value))));

    [Fact]
    public void Rejects_a_since_of_zero_and_a_bad_ignore_pattern() =>
        Assert.Equal(["'since' must be longer than zero", "'ignore' is not a valid regular expression"],
            Problems(("since", TimeSpan.Zero), ("ignore", new[] { "[" })).Select(p => p.Split(':')[0]));

    [Fact]
    public void Rejects_reading_neither_stream() =>
        Assert.Equal("stdout and stderr are both false, so no line would be read", Assert.Single(Problems(("stdout", false), ("stderr", false))));

    [Fact]
    public void Rejects_an_empty_container_name() =>
        Assert.Equal(["the container name is empty"],
            TestOptions.Validate(_kind, TestOptions.Of(("container", " "))).Items.Select(d => d.Message));

    [Fact]
    public void Is_registered_with_the_logs_kinds_default_expectation()
    {
        var kind = CheckKinds.Find("docker_logs");

        Assert.IsType<DockerLogsKind>(kind);
        Assert.Equal("errors == 0", kind.DefaultExpectation);
        Assert.Equal("container", kind.ShorthandOption);
        Assert.Equal(TimeSpan.FromMinutes(1), kind.DefaultTimeout);
    }
}
