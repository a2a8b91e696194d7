using System.Globalization;
using System.Net;
using DemoService;

// The quickstart's demo service: serves /health and /version for the release it was started with.
// Settings come from arguments (--port, --release) or the environment (DEMO_PORT, DEMO_RELEASE).
var builder = WebApplication.CreateBuilder(args);
var settings = builder.Configuration;
var portText = settings["port"] ?? settings["DEMO_PORT"] ?? "18080";
if (!int.TryParse(portText, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
{
    Console.Error.WriteLine($"demo-service: port '{portText}' is not a port number (1-65535)");
    return 1;
}
var releaseDirectory = Path.GetFullPath(settings["release"] ?? settings["DEMO_RELEASE"] ?? ".demo/current");

var release = ReleaseConfig.Load(releaseDirectory, out var problem);
if (release is null)
{
    Console.Error.WriteLine($"demo-service: {problem}");
    return 1;
}

// Loopback only: the demo must never be reachable from another machine.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// A failed start is reported below in one line; the host's own log of it is a stack trace.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

var app = builder.Build();
app.MapGet("/health", () => release.Healthy
    ? Results.Json(new { status = "healthy", version = release.Version })
    : Results.Json(new { status = "unhealthy", version = release.Version, reason = "release is marked broken" }, statusCode: 503));
app.MapGet("/version", () => Results.Json(new { version = release.Version }));

try
{
    await app.StartAsync();
}
catch (IOException e)
{
    Console.Error.WriteLine($"demo-service: cannot listen on 127.0.0.1:{port}: {e.Message}");
    return 1;
}
Console.WriteLine($"started version {release.Version} on port {port}");
await app.WaitForShutdownAsync();
Console.WriteLine($"stopped version {release.Version}");
return 0;
