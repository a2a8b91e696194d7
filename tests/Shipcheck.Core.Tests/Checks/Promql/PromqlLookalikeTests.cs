using Shipcheck.Core.Tests.Checks.Support;
using static Shipcheck.Core.Tests.Checks.Promql.PromqlObserving;

namespace Shipcheck.Core.Tests.Checks.Promql;

public sealed class PromqlLookalikeTests(PrometheusLookalike server) : IClassFixture<PrometheusLookalike>
{
    [Fact]
    public async Task Posts_the_query_with_the_time_and_a_server_timeout_shorter_than_the_steps()
    {
        var result = await Observe(TimeSpan.FromSeconds(20),
            ("server", $"{server.Base}/echo"), ("query", "sum by (job) (up{job=~\"api|web\"})"), ("time", "2026-01-15T09:00:00.25Z"));

        Assert.Null(result.Error);
        var request = Assert.Single(result.Series()).Labels();
        Assert.Equal("POST", request["method"]);
        Assert.Equal("application/x-www-form-urlencoded", request["content_type"]);
        Assert.Equal("sum by (job) (up{job=~\"api|web\"})", request["query"]);
        Assert.Equal("1768467600.25", request["time"]);
        Assert.Equal("19", request["timeout"]);
    }

    [Fact]
    public async Task Sends_no_server_timeout_when_the_step_has_none()
    {
        var result = await Observe(Timeout.InfiniteTimeSpan, ("server", $"{server.Base}/echo"), ("query", "up"));

        Assert.DoesNotContain("timeout", Assert.Single(result.Series()).Labels().Keys);
    }

    [Fact]
    public async Task Sends_the_headers_of_the_step()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer abc", ["X-Scope-OrgID"] = "tenant-1" };

        var result = await Observe(("server", $"{server.Base}/echo"), ("query", "up"), ("headers", headers));

        var request = Assert.Single(result.Series()).Labels();
        Assert.Equal("Bearer abc", request["authorization"]);
        Assert.Equal("tenant-1", request["x_scope_orgid"]);
    }

    [Fact]
    public async Task Sends_user_and_password_in_the_url_as_basic_auth_and_never_shows_them()
    {
        var withCredentials = server.Base.Replace("http://", "http://reader:pa%40ss@", StringComparison.Ordinal) + "/echo";

        var result = await Observe(("server", withCredentials), ("query", "up"));

        Assert.Equal("Basic " + Convert.ToBase64String("reader:pa@ss"u8.ToArray()), Assert.Single(result.Series()).Labels()["authorization"]);
        Assert.DoesNotContain("pa%40ss", result.Output);
        Assert.Contains($"POST {server.Base}/echo/api/v1/query", result.Output);
    }

    [Fact]
    public async Task Shows_and_observes_the_warnings_prometheus_returns()
    {
        var result = await Observe(("server", $"{server.Base}/warnings"), ("query", "up"));

        Assert.Null(result.Error);
        Assert.EndsWith("up{job=\"api\"} 1\nwarning: remote read from store-eu failed: connection refused\n"
            + "info: PromQL info: metric might not be a counter", result.Output);
        var warning = Assert.Single(Assert.IsType<Core.Expectations.ListValue>(result.Observations["warnings"]).Items);
        Assert.Equal("remote read from store-eu failed: connection refused", Assert.IsType<Core.Expectations.StringValue>(warning).Value);
    }

    [Fact]
    public async Task Fails_on_native_histograms_and_names_the_functions_that_make_numbers()
    {
        var result = await Observe(("server", $"{server.Base}/histogram"), ("query", "latency"));

        Assert.Equal("the result holds native histogram samples, which are not single numbers: "
            + "wrap the query in histogram_quantile(0.95, ...), histogram_count(...) or histogram_sum(...)", result.Error);
    }

    [Fact]
    public async Task Fails_when_server_answers_a_web_page()
    {
        var result = await Observe(("server", $"{server.Base}/html"), ("query", "up"));

        Assert.Equal($"{server.Base}/html answered HTTP 200 OK with text/html that is not a Prometheus API answer; "
            + "is server the Prometheus base URL (http://host:9090, plus its path prefix if it has one)?", result.Error);
        Assert.Contains("<title>Grafana</title>", result.Output);
    }

    [Fact]
    public async Task Fails_when_server_answers_json_that_is_not_a_query_result()
    {
        var result = await Observe(("server", $"{server.Base}/health"), ("query", "up"));

        Assert.Equal("the answer is JSON but not a Prometheus query result (data.resultType is missing); "
            + "give the Prometheus base URL, for example http://127.0.0.1:9090, or http://host/prometheus behind a path prefix", result.Error);
        Assert.EndsWith("HTTP 200 OK\n{\"status\":\"healthy\"}", result.Output);
    }

    [Fact]
    public async Task Fails_on_503_and_says_prometheus_may_be_starting()
    {
        var result = await Observe(("server", $"{server.Base}/unavailable"), ("query", "up"));

        Assert.StartsWith($"{server.Base}/unavailable answered HTTP 503 Service Unavailable: Prometheus may be starting", result.Error);
    }

    [Fact]
    public async Task Fails_on_a_redirect_without_showing_its_query_string()
    {
        var result = await Observe(("server", $"{server.Base}/redirect"), ("query", "up"));

        Assert.Equal($"{server.Base}/redirect redirected (HTTP 302) to /login; set server to the Prometheus base URL itself", result.Error);
        Assert.DoesNotContain("s3cr3t-state", result.Error);
    }

    [Fact]
    public async Task Fails_on_401_and_says_how_to_give_credentials()
    {
        var refused = await Observe(("server", $"{server.Base}/auth"), ("query", "up"));
        var accepted = await Observe(("server", $"{server.Base}/auth"), ("query", "up"),
            ("headers", new Dictionary<string, string> { ["authorization"] = PrometheusLookalike.Token }));

        Assert.StartsWith($"{server.Base}/auth answered HTTP 401 Unauthorized: it wants credentials; give them in headers", refused.Error);
        Assert.Null(accepted.Error);
        Assert.Equal(42, Assert.Single(accepted.Series()).Value());
    }

    [Fact]
    public async Task Fails_on_an_answer_too_large_to_judge()
    {
        var result = await Observe(("server", $"{server.Base}/big"), ("query", "wide"));

        Assert.StartsWith("the answer is larger than 8 MiB; narrow the query", result.Error);
    }

    [Fact]
    public async Task Fails_when_the_step_times_out_while_prometheus_thinks()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var context = Probes.Context(Path.GetTempPath());
        var options = TestOptions.Of(("server", $"{server.Base}/slow"), ("query", "up"));

        var result = await Probes.ObserveUntilCancelled(new Core.Checks.Promql.PromqlKind(), options, context, timeout.Token);

        Assert.StartsWith($"no answer from Prometheus at {server.Base}/slow after ", result.Error);
        Assert.EndsWith("(timeout or interrupt); give the step a longer timeout or make the query cheaper", result.Error);
    }
}
