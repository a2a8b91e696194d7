using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Shipcheck.Cli.Tests;

/// <summary>
/// Plants a canary secret, runs a checklist whose commands echo it and whose HTTP target (a real Kestrel server)
/// returns it, and looks for it everywhere a user or a file could see it.
/// </summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private const string Canary = "canary-9f2c41d7e0b84a6a";
    private readonly TempFolder _temp = new();
    private WebApplication? _server;
    private string _url = "";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/echo", (HttpContext context) =>
        {
            context.Response.Headers["X-Token"] = Canary;
            return Results.Json(new { status = "healthy", token = Canary });
        });
        _server.MapPost("/hook/{token}", (string token) => token == Canary ? Results.Ok() : Results.NotFound());
        await _server.StartAsync();
        _url = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _temp.Dispose();
    }

    [Fact]
    public async Task The_canary_secret_appears_in_no_output_report_or_store_row()
    {
        var checklist = _temp.Write("secret.yaml", $$"""
            service: demo
            secrets: [CANARY_TOKEN]
            pre:
              - name: echo the secret
                run: echo "token=${CANARY_TOKEN}"; echo "stderr ${CANARY_TOKEN}" >&2
              - name: capture it
                run: echo ${CANARY_TOKEN}
                capture: { name: copied, secret: true }
            deploy:
              - name: server returns it
                http: { url: "{{_url}}/echo", headers: { Authorization: "Bearer ${CANARY_TOKEN}" } }
                expect: json.token == "${CANARY_TOKEN}"
              - name: secret cut by the output limit
                run: head -c 16370 /dev/zero | tr '\0' a; echo ${CANARY_TOKEN}; head -c 40000 /dev/zero | tr '\0' b
            verify:
              - name: fails showing it
                run: echo ${copied}; exit 3
              - name: prints a session secret, then fails
                run: printf 'session-%s\n' 7d41c0ffee99; exit 1
                capture: { name: session, secret: true }
            rollback:
              - run: echo rolling back ${CANARY_TOKEN}
            notify:
              - name: ops
                webhook: "{{_url}}/hook/${CANARY_TOKEN}"
                message: "token ${CANARY_TOKEN}"
            """);
        var env = new Dictionary<string, string> { ["CANARY_TOKEN"] = Canary };

        var run = await ShipcheckProcess.RunAsync(_temp.Path, env, "run", checklist, "--output", "json");
        var id = System.Text.Json.JsonDocument.Parse(run.Stdout).RootElement.GetProperty("id").GetString()!;
        var outputs = new List<CliResult> { run, await ShipcheckProcess.RunAsync(_temp.Path, env, "run", checklist, "--dry-run") };
        foreach (var args in new[] { ["show", id], ["show", id, "--json"], ["history", "--json"], ["history"],
                     ["report", id, "--format", "markdown"], ["report", id, "--format", "junit"], new[] { "report", id, "--format", "json" } })
        {
            outputs.Add(await ShipcheckProcess.RunAsync(_temp.Path, env, args));
        }

        // The verify step fails again after rollback, so the run ends as rollback_failed: every path was taken.
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("****", run.Stdout);
        // The receiver answers 200 only to the real token in the URL; show lists the delivery with it masked.
        Assert.Contains($"✔ delivered   failed → ops (webhook {_url}/hook/****", outputs[2].Stdout);
        // The start of the canary alone catches a secret cut in two by the output limit.
        string[] forbidden = [Canary[..10], "session-7d41c0ffee99"];
        foreach (var secret in forbidden)
        {
            foreach (var output in outputs)
            {
                Assert.DoesNotContain(secret, output.All);
            }
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_temp.StorePath)!))
            {
                Assert.DoesNotContain(secret, Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)));
            }
        }
    }
}
