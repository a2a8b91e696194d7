using Shipcheck.Core.Checks.Http;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Http;

public sealed class HttpProbeTests(TestWebServer server) : IClassFixture<TestWebServer>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly HttpKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Observes_status_body_and_latency_of_a_healthy_endpoint()
    {
        var result = await Get($"{server.HttpBase}/ok");

        Assert.Null(result.Error);
        Assert.Equal(200, result.Observations.Number("status"));
        Assert.Equal("hello", result.Observations.Text("body"));
        Assert.True(result.Observations.Duration("latency") > TimeSpan.Zero);
        Assert.Equal(Value.Null, result.Observations["json"]);
        Assert.Equal("HTTP 200 OK\nhello", result.Output);
    }

    [Fact]
    public async Task Observes_a_server_error_as_a_status_not_a_probe_error()
    {
        var result = await Get($"{server.HttpBase}/unavailable");

        Assert.Null(result.Error);
        Assert.Equal(503, result.Observations.Number("status"));
        Assert.Equal("HTTP 503 Service Unavailable\ndown for maintenance", result.Output);
    }

    [Fact]
    public async Task Parses_a_json_body_into_values()
    {
        var result = await Get($"{server.HttpBase}/health");

        var json = Assert.IsType<MapValue>(result.Observations["json"]);
        Assert.Equal(Value.Of("healthy"), json.Entries["status"]);
        var checks = Assert.IsType<ListValue>(json.Entries["checks"]);
        Assert.Equal(Value.Of(true), Assert.IsType<MapValue>(checks.Items[0]).Entries["ok"]);
    }

    [Fact]
    public async Task Observes_headers_by_lower_case_name()
    {
        var result = await Get($"{server.HttpBase}/headers");

        var headers = Assert.IsType<MapValue>(result.Observations["headers"]);
        Assert.Equal(Value.Of("2.4.1"), headers.Entries["x-release"]);
        Assert.StartsWith("text/plain", Assert.IsType<StringValue>(headers.Entries["content-type"]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_redirects_by_default()
    {
        var result = await Get($"{server.HttpBase}/redirect");

        Assert.Equal(200, result.Observations.Number("status"));
        Assert.Equal("hello", result.Observations.Text("body"));
    }

    [Fact]
    public async Task Observes_the_redirect_itself_when_told_not_to_follow()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("url", $"{server.HttpBase}/redirect"), ("follow_redirects", false)), Context());

        Assert.Equal(302, result.Observations.Number("status"));
        var headers = Assert.IsType<MapValue>(result.Observations["headers"]);
        Assert.Equal(Value.Of("/ok"), headers.Entries["location"]);
    }

    [Fact]
    public async Task Sends_method_headers_and_body()
    {
        var options = TestOptions.Of(
            ("url", $"{server.HttpBase}/echo"),
            ("method", "post"),
            ("headers", new Dictionary<string, string> { ["X-Test"] = "v-${release}", ["Content-Type"] = "application/json" }),
            ("body", "{\"release\":\"${release}\"}"));
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["release"] = "7" });

        var result = await Probes.Observe(_kind, options, context);

        var json = Assert.IsType<MapValue>(result.Observations["json"]);
        Assert.Equal(Value.Of("POST"), json.Entries["method"]);
        Assert.Equal(Value.Of("v-7"), json.Entries["test"]);
        Assert.Equal(Value.Of("application/json"), json.Entries["contentType"]);
        Assert.Equal(Value.Of("{\"release\":\"7\"}"), json.Entries["body"]);
    }

    [Fact]
    public async Task Renders_variables_in_the_url()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["base"] = server.HttpBase });

        var result = await Probes.Observe(_kind, TestOptions.Of(("url", "${base}/ok")), context);

        Assert.Equal(200, result.Observations.Number("status"));
    }

    [Fact]
    public async Task Keeps_head_and_tail_of_a_large_body_and_does_not_parse_it()
    {
        var result = await Get($"{server.HttpBase}/big");

        var body = result.Observations.Text("body");
        Assert.StartsWith("BEGINxxx", body, StringComparison.Ordinal);
        Assert.EndsWith("xxxEND", body, StringComparison.Ordinal);
        Assert.Contains("bytes omitted", body);
        Assert.True(body.Length < 64 * 1024);
        Assert.Equal(Value.Null, result.Observations["json"]);
    }

    [Fact]
    public async Task Fails_with_connection_refused_when_nothing_listens()
    {
        var url = $"http://127.0.0.1:{Ports.Closed()}/health";

        var result = await Get(url);

        Assert.Equal($"GET {url}: connection refused", result.Error);
        Assert.True(result.Observations.ContainsKey("latency"));
        Assert.False(result.Observations.ContainsKey("status"));
    }

    [Fact]
    public async Task Fails_when_the_url_is_not_http()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["host"] = "ftp://example" });

        var result = await Probes.Observe(_kind, TestOptions.Of(("url", "${host}/x")), context);

        Assert.Equal("GET ftp://example/x: not an absolute http:// or https:// URL", result.Error);
    }

    [Fact]
    public async Task Reports_a_cancelled_request_instead_of_throwing()
    {
        using var timeout = new CancellationTokenSource();
        var observing = Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("url", $"{server.HttpBase}/delay/30000")), Context(), timeout.Token);
        await timeout.CancelAsync();

        var result = await observing;

        Assert.StartsWith($"GET {server.HttpBase}/delay/30000: no response after", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_self_signed_certificate_by_default()
    {
        var result = await Get($"{server.HttpsBase}/ok");

        Assert.StartsWith($"GET {server.HttpsBase}/ok: TLS handshake failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("tls_verify: false accepts a self-signed certificate", result.Error);
    }

    [Fact]
    public async Task Accepts_a_self_signed_certificate_when_tls_verify_is_off()
    {
        var result = await Probes.Observe(_kind, TestOptions.Of(("url", $"{server.HttpsBase}/ok"), ("tls_verify", false)), Context());

        Assert.Null(result.Error);
        Assert.Equal(200, result.Observations.Number("status"));
    }

    [Fact]
    public async Task Serves_two_hundred_concurrent_checks()
    {
        var checks = Enumerable.Range(0, 200).Select(_ => Get($"{server.HttpBase}/delay/100"));

        var results = await Task.WhenAll(checks);

        Assert.All(results, r => Assert.Equal(200, r.Observations.Number("status")));
    }

    private Task<Shipcheck.Core.Checks.ProbeResult> Get(string url) => Probes.Observe(_kind, TestOptions.Of(("url", url)), Context());

    private Shipcheck.Core.Checks.ProbeContext Context() => Probes.Context(_folder.Path);
}
