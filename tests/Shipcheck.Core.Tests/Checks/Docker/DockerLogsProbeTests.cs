using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.DockerLogs;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Docker;

[Collection(DockerEngineCollection.Name)]
public sealed class DockerLogsProbeTests(DockerEngineFixture engine)
{
    private readonly DockerLogsKind _kind = new();

    private Task<ProbeResult> Observe(string[] counted, params (string Name, object Value)[] options) =>
        Observe(null, counted, options);

    private Task<ProbeResult> Observe(TimeProvider? time, string[] counted, params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), DockerContexts.For(engine.Host, time, counted));

    [Fact]
    public async Task Counts_the_seed_collectors_texts_in_its_last_lines()
    {
        var result = await Observe(["WebSocket Connected", "PUBLISHED"], ("container", "real-collector"), ("tail", 20L));

        Assert.Null(result.Error);
        Assert.Equal(6, result.Observations.Number("lines"));
        Assert.Equal(Counts(("WebSocket Connected", 1), ("PUBLISHED", 3)), CountsOf(result));
        // Docker copies stdout and stderr separately, so the order between the two streams is its own.
        Assert.StartsWith("real-collector: 6 lines, 1 errors\n", result.Output);
        Assert.Matches(@"\nstdout:\d: WebSocket Connected to wss://feed(\n|$)", result.Output);
    }

    [Fact]
    public async Task Tail_keeps_only_the_last_lines()
    {
        var result = await Observe(["1999", "20000", "19997"], ("container", "chatty"), ("tail", 3L));

        Assert.Equal(3, result.Observations.Number("lines"));
        Assert.Equal(Counts(("1999", 2), ("20000", 1), ("19997", 0)), CountsOf(result));
    }

    [Fact]
    public async Task Ignore_keeps_an_accepted_warning_from_counting_as_an_error()
    {
        var plain = await Observe([], ("container", "real-collector"), ("since", TimeSpan.FromHours(1)));
        var ignoring = await Observe([], ("container", "real-collector"), ("since", TimeSpan.FromHours(1)), ("ignore", new[] { "ALREADY_IN_SUBSCRIBE" }));

        Assert.Equal(1, plain.Observations.Number("errors"));
        Assert.Matches(@"\nstderr:\d: WARN ALREADY_IN_SUBSCRIBE error for ticker.kr(\n|$)", plain.Output);
        Assert.Equal(0, ignoring.Observations.Number("errors"));
        Assert.Equal(6, ignoring.Observations.Number("lines"));
    }

    [Fact]
    public async Task Reads_stderr_lines_unless_told_not_to()
    {
        var both = await Observe(["stderr says hello"], ("container", "real-collector"));
        var stdoutOnly = await Observe(["stderr says hello"], ("container", "real-collector"), ("stderr", false));
        var stderrOnly = await Observe([], ("container", "real-collector"), ("stdout", false));

        Assert.Equal(Counts(("stderr says hello", 1)), CountsOf(both));
        Assert.Equal(Counts(("stderr says hello", 0)), CountsOf(stdoutOnly));
        Assert.Equal(4, stdoutOnly.Observations.Number("lines"));
        Assert.Equal(2, stderrOnly.Observations.Number("lines"));
    }

    [Fact]
    public async Task Since_is_measured_back_from_the_steps_clock()
    {
        var onlyAfter = await Observe(new FixedTime(engine.BetweenTickerLines + TimeSpan.FromMinutes(10)), ["before", "after"],
            ("container", "ticker"), ("since", TimeSpan.FromMinutes(10)));
        var both = await Observe(["before", "after"], ("container", "ticker"), ("since", TimeSpan.FromHours(1)));
        var none = await Observe(new FixedTime(DateTimeOffset.UtcNow.AddDays(1)), [], ("container", "ticker"), ("since", TimeSpan.FromMinutes(1)));

        Assert.Equal(Counts(("before", 0), ("after", 1)), CountsOf(onlyAfter));
        Assert.Equal(2, both.Observations.Number("lines"));
        Assert.Equal(0, none.Observations.Number("lines"));
        Assert.Null(none.Error);
    }

    [Fact]
    public async Task Reads_a_terminal_containers_raw_stream()
    {
        var result = await Observe(["tty line one"], ("container", "tty-printer"));

        Assert.Null(result.Error);
        Assert.Equal(2, result.Observations.Number("lines"));
        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.EndsWith("\nstdout:2: tty error two", result.Output);
    }

    [Fact]
    public async Task Splits_crlf_invalid_utf8_a_line_longer_than_a_frame_and_a_partial_last_line()
    {
        var result = await Observe(["crlf line", "bad ", "partial last line"], ("container", "odd-printer"), ("error_pattern", "x{100}|\r"));

        Assert.Equal(4, result.Observations.Number("lines"));
        Assert.Equal(Counts(("crlf line", 1), ("bad ", 1), ("partial last line", 1)), CountsOf(result));
        // The 70000-character line arrives as five frames and is still one line; no carriage return survives.
        Assert.Equal(1, result.Observations.Number("errors"));
        Assert.Contains("stdout:2: bad \uFFFD", result.Output);
    }

    [Fact]
    public async Task Streams_many_lines()
    {
        var result = await Observe(["19999"], ("container", "chatty"));

        Assert.Equal(TestContainers.ChattyLines, result.Observations.Number("lines"));
        Assert.Equal(Counts(("19999", 1)), CountsOf(result));
    }

    [Fact]
    public async Task An_unknown_container_is_an_error_that_suggests_the_close_name()
    {
        var result = await Observe([], ("container", "real-colector"));

        Assert.StartsWith("no container named 'real-colector' (did you mean 'real-collector'?); containers here: ", result.Error);
    }

    [Fact]
    public async Task A_log_driver_that_keeps_nothing_is_an_error_quoting_the_engine()
    {
        var result = await Observe([], ("container", "silent"));

        Assert.Equal($"the Docker engine at {engine.Host} refused GET /containers/silent/logs: configured logging driver does not support reading (HTTP 501)",
            result.Error);
    }

    private static Dictionary<string, double> Counts(params (string Text, double Count)[] counts) =>
        counts.ToDictionary(c => c.Text, c => c.Count, StringComparer.Ordinal);

    private static Dictionary<string, double> CountsOf(ProbeResult result) =>
        Assert.IsType<MapValue>(result.Observations["counts"]).Entries.ToDictionary(e => e.Key, e => Assert.IsType<NumberValue>(e.Value).Value, StringComparer.Ordinal);
}
