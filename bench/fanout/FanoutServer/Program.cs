using System.Globalization;
using System.Net;

// The fan-out benchmark's target: answers every request with 200 "ok" after 100 ms, on 127.0.0.1.
// Usage: FanoutServer [--port N] [--delay-ms N]; port 0 (the default) picks a free port.
// Prints "listening on http://127.0.0.1:N" once it accepts connections, so the caller learns the port.
var builder = WebApplication.CreateBuilder(args);
var port = int.Parse(builder.Configuration["port"] ?? "0", CultureInfo.InvariantCulture);
var delay = TimeSpan.FromMilliseconds(int.Parse(builder.Configuration["delay-ms"] ?? "100", CultureInfo.InvariantCulture));

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var app = builder.Build();
app.Run(async context =>
{
    await Task.Delay(delay, TimeProvider.System, context.RequestAborted);
    context.Response.ContentType = "text/plain";
    await context.Response.WriteAsync("ok\n", context.RequestAborted);
});

await app.StartAsync();
Console.WriteLine($"listening on {app.Urls.First()}");
await app.WaitForShutdownAsync();
