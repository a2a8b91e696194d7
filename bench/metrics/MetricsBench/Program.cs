using System.Diagnostics;
using System.Globalization;
using System.Text;
using Shipcheck.Core.Checks.Metrics.Parsing;

// Parses a generated exposition of SERIES series RUNS times and prints the median time, throughput and allocation,
// keeping every family and then (as a step with a selector does) one.
// Usage: MetricsBench [--series 100000] [--runs 15] [--write FILE]  (--write only writes the exposition and exits)
var series = Option("--series", 100_000);
var runs = Option("--runs", 15);
var text = Generate(series);
var write = args.SkipWhile(a => a != "--write").Skip(1).FirstOrDefault();
if (write is not null)
{
    File.WriteAllBytes(write, text);
    return;
}

var megabytes = text.Length / 1_000_000.0;
Measure("shipcheck parser", () => ExpositionParser.Parse(text));
// What a step with a selector does: every line is checked, only the selected family is kept.
Measure("shipcheck parser keeping one family", () => ExpositionParser.Parse(text, keepFamily: name => name == "app_requests_total_0"));

void Measure(string name, Func<Exposition> parse)
{
    // Warm up the JIT before measuring.
    for (var i = 0; i < 3; i++)
    {
        Check(parse());
    }
    var times = new List<double>();
    var allocated = 0L;
    for (var i = 0; i < runs; i++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var exposition = parse();
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Check(exposition);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var median = times[times.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {series} series, {megabytes:0.0} MB, median {median:0.0} ms of {runs} runs (fastest {times[0]:0.0} ms), {megabytes / (median / 1000):0} MB/s, {allocated / 1e6:0.0} MB allocated per parse"));
}

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
}

void Check(Exposition exposition)
{
    if (exposition.Error is not null)
    {
        throw new InvalidOperationException(exposition.Error.ToString());
    }
}

// A service-like mix: counters and gauges with a few labels, and histograms (a tenth of the series are buckets).
static byte[] Generate(int count)
{
    var text = new StringBuilder(count * 90);
    var written = 0;
    for (var family = 0; written < count; family++)
    {
        var kind = family % 3;
        var name = $"app_{(kind == 0 ? "requests_total" : kind == 1 ? "queue_depth" : "latency_seconds")}_{family}";
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} Generated for the benchmark.\n# TYPE {name} {(kind == 0 ? "counter" : kind == 1 ? "gauge" : "histogram")}\n");
        for (var i = 0; i < 100 && written < count; i++)
        {
            var labels = $"instance=\"10.0.{i % 250}.{i % 7}:9100\",job=\"api\",path=\"/v1/items/{i}\",method=\"{(i % 2 == 0 ? "GET" : "POST")}\"";
            if (kind == 2)
            {
                foreach (var le in new[] { "0.005", "0.05", "0.5", "5", "+Inf" })
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{labels},le=\"{le}\"}} {i * 3 + le.Length}\n");
                    written++;
                }
                text.Append(CultureInfo.InvariantCulture, $"{name}_sum{{{labels}}} {i * 0.37:0.###}\n{name}_count{{{labels}}} {i * 3 + 4}\n");
                written += 2;
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{name}{{{labels}}} {(kind == 0 ? i * 1000 + 7 : i * 0.25):0.##} 1700000000000\n");
                written++;
            }
        }
    }
    return Encoding.UTF8.GetBytes(text.ToString());
}
