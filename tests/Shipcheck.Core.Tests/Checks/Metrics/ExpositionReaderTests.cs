using System.Text;
using Shipcheck.Core.Checks.Metrics.Parsing;

namespace Shipcheck.Core.Tests.Checks.Metrics;

public sealed class ExpositionReaderTests
{
    private const string Text = """
        # TYPE latency histogram
        latency_bucket{le="0.5",path="/a"} 3
        latency_bucket{le="+Inf",path="/a"} 4
        latency_sum{path="/a"} 1.5
        latency_count{path="/a"} 4
        # TYPE up gauge
        up{job="api",note="a \"quoted\" \\ value"} 1

        """;

    // A stream that hands out one byte per read, so every line is split across reads.
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }

    private static string Describe(Exposition exposition) => string.Join("\n", exposition.Families.SelectMany(f => f.Points.Select(p =>
        $"{f.Name}:{f.Type} {string.Join(",", p.Labels)} v={p.Value} c={p.Count} s={p.Sum} b={string.Join(";", p.Buckets ?? [])}")));

    [Fact]
    public async Task Parses_a_stream_split_anywhere_like_the_whole_text()
    {
        var parser = new ExpositionParser();

        var outcome = await ExpositionReader.ReadAsync(new Trickle(Encoding.UTF8.GetBytes(Text)), parser, 1 << 20, TestContext.Current.CancellationToken);
        var streamed = parser.Finish();

        Assert.False(outcome.TooLarge);
        Assert.Null(streamed.Error);
        Assert.Equal(Describe(ExpositionParser.Parse(Encoding.UTF8.GetBytes(Text))), Describe(streamed));
        Assert.Contains("latency:Histogram", Describe(streamed), StringComparison.Ordinal);
        Assert.Contains("a \"quoted\" \\ value", Describe(streamed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_past_the_size_limit()
    {
        var outcome = await ExpositionReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Text)), new ExpositionParser(), 64, TestContext.Current.CancellationToken);

        Assert.True(outcome.TooLarge);
    }

    [Fact]
    public void Checks_but_does_not_keep_the_families_it_is_told_to_skip()
    {
        var parser = new ExpositionParser(keepFamily: name => name == "up");
        foreach (var line in Text.Split('\n')[..^1])
        {
            parser.ParseLine(Encoding.UTF8.GetBytes(line + "\n"));
        }
        parser.ParseLine("latency_bucket{le=\"x\"} 1\n"u8);

        var exposition = parser.Finish();

        Assert.Contains("expected float as value for 'le' label", exposition.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(exposition.Families.Single(f => f.Name == "latency").Points);
        Assert.Single(exposition.Families.Single(f => f.Name == "up").Points);
    }

    [Fact]
    public void Reads_openmetrics_units_exemplars_and_the_end_marker()
    {
        var exposition = ExpositionParser.Parse("""
            # TYPE requests counter
            # UNIT requests requests
            requests_total{code="200"} 7 1700000000.250 # {trace_id="x"} 1
            requests_created{code="200"} 1700000000
            # EOF

            """u8, openMetrics: true);

        Assert.Null(exposition.Error);
        var family = Assert.Single(exposition.Families);
        Assert.Equal(("requests", MetricType.Counter, "requests"), (family.Name, family.Type, family.Unit));
        var point = Assert.Single(family.Points);
        Assert.Equal(("requests_total", 7.0), (point.SampleName, point.Value));
    }

    [Fact]
    public void Refuses_openmetrics_content_after_the_end_marker()
    {
        var exposition = ExpositionParser.Parse("up 1\n# EOF\nup 2\n"u8, openMetrics: true);

        Assert.Equal(new ExpositionError(3, "unexpected content after '# EOF'"), exposition.Error);
    }
}
