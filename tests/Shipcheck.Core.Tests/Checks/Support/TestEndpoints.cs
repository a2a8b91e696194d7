using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>What the test web server answers: the situations a deployment check meets.</summary>
internal static class TestEndpoints
{
    public const int BigBodyBytes = 5 * 1024 * 1024;

    public static void Map(WebApplication app)
    {
        app.MapGet("/ok", () => "hello");
        app.MapGet("/unavailable", () => Results.Text("down for maintenance", statusCode: 503));
        app.MapGet("/health", () => Results.Json(new { status = "healthy", checks = new[] { new { name = "db", ok = true } } }));
        app.MapGet("/redirect", () => Results.Redirect("/ok"));
        app.MapGet("/headers", (HttpContext http) =>
        {
            http.Response.Headers["X-Release"] = "2.4.1";
            return "with headers";
        });
        app.MapGet("/delay/{ms:int}", async (int ms, HttpContext http) =>
        {
            await Task.Delay(ms, http.RequestAborted);
            return "late";
        });
        app.MapGet("/big", async (HttpContext http) =>
        {
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync("BEGIN");
            var block = new string('x', 64 * 1024);
            for (var written = 0; written < BigBodyBytes; written += block.Length)
            {
                await http.Response.WriteAsync(block);
            }
            await http.Response.WriteAsync("END");
        });
        app.Map("/echo", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(new
            {
                method = http.Request.Method,
                test = http.Request.Headers["X-Test"].ToString(),
                contentType = http.Request.ContentType,
                body,
            });
        });
    }
}
