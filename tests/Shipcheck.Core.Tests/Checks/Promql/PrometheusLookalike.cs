using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Promql;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers <c>/PREFIX/api/v1/query</c> the ways a real Prometheus rarely can on
/// demand (warnings, native histograms, a hang) or a server that is not Prometheus does (HTML, 503, redirects, 401).
/// <c>/echo</c> answers with one series whose labels are what it was sent, so tests can read the request.
/// </summary>
public sealed class PrometheusLookalike : IAsyncLifetime
{
    public const string Token = "Bearer right-token";

    private WebApplication? _app;

    /// <summary>http://127.0.0.1:port</summary>
    public string Base { get; private set; } = "";

    public async ValueTask InitializeAsync() => (_app, Base) = await LoopbackWebApp.StartAsync(Map);

    public ValueTask DisposeAsync() => LoopbackWebApp.StopAsync(_app);

    private static void Map(WebApplication app)
    {
        app.MapPost("/echo/api/v1/query", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            var metric = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            metric["method"] = http.Request.Method;
            metric["content_type"] = http.Request.ContentType ?? "";
            metric["authorization"] = http.Request.Headers.Authorization.ToString();
            metric["x_scope_orgid"] = http.Request.Headers["X-Scope-OrgID"].ToString();
            return Results.Json(new { status = "success", data = new { resultType = "vector", result = new[] { new { metric, value = new object[] { 1.5, "1" } } } } });
        });
        app.MapPost("/warnings/api/v1/query", () => Results.Text("""
            {"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"api"},"value":[1.5,"1"]}]},
             "warnings":["remote read from store-eu failed: connection refused"],"infos":["PromQL info: metric might not be a counter"]}
            """, "application/json"));
        app.MapPost("/histogram/api/v1/query", () => Results.Text("""
            {"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"latency"},"histogram":[1.5,{"count":"3","sum":"1","buckets":[]}]}]}}
            """, "application/json"));
        app.MapPost("/health/api/v1/query", () => Results.Json(new { status = "healthy" }));
        app.MapPost("/html/api/v1/query", () => Results.Text("<!doctype html><html><title>Grafana</title></html>", "text/html"));
        app.MapPost("/unavailable/api/v1/query", () => Results.Text("Service Unavailable", statusCode: 503));
        app.MapPost("/redirect/api/v1/query", () => Results.Redirect("/login?state=s3cr3t-state"));
        app.MapPost("/auth/api/v1/query", (HttpContext http) => http.Request.Headers.Authorization == Token
            ? Results.Text("""{"status":"success","data":{"resultType":"scalar","result":[1.5,"42"]}}""", "application/json")
            : Results.Text("Unauthorized", statusCode: 401));
        app.MapPost("/slow/api/v1/query", async (HttpContext http) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
            return "never";
        });
        app.MapPost("/big/api/v1/query", async (HttpContext http) =>
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[");
            var series = JsonSerializer.Serialize(new { metric = new { __name__ = "wide", pad = new string('x', 1000) }, value = new object[] { 1.5, "1" } });
            for (var i = 0; i < 9 * 1024; i++)
            {
                await http.Response.WriteAsync((i == 0 ? "" : ",") + series);
            }
            await http.Response.WriteAsync("]}}");
        });
    }
}
