using System.Net;
using OhlcvConnector;
using OhlcvConnector.Endpoints;

// The OHLCV connector of seed 001, simulated: quotes from a few exchanges (in-process, no network), a WebSocket
// quote server, and a health port with /health, /ready and /metrics. Loopback only. SIGTERM stops it gracefully.
var builder = WebApplication.CreateBuilder(args);
var settings = ConnectorSettings.From(builder.Configuration, out var problem);
if (settings is null)
{
    Console.Error.WriteLine($"connector: {problem}");
    return 1;
}
var release = ReleaseConfig.Load(settings.InstallDirectory, out problem);
if (release is null)
{
    Console.Error.WriteLine($"connector: {problem}");
    return 1;
}

var time = TimeProvider.System;
using var log = ConnectorLog.Open(settings.InstallDirectory, time);
// Loopback only: the demo must never be reachable from another machine.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, settings.HealthPort);
    kestrel.Listen(IPAddress.Loopback, settings.WebSocketPort);
});
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// A failed start is reported below in one line; the host's own log of it is a stack trace.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
builder.Services.AddSingleton(release).AddSingleton(log).AddSingleton(time).AddSingleton<Connector>();
builder.Services.AddHostedService(services => services.GetRequiredService<Connector>());

var app = builder.Build();
var connector = app.Services.GetRequiredService<Connector>();
var stopping = app.Lifetime.ApplicationStopping;
app.UseWebSockets();
// Two ports, one app: everything on the WebSocket port is the quote server; the health port has the endpoints.
app.Use((context, next) => context.Connection.LocalPort == settings.WebSocketPort
    ? QuoteSocket.HandleAsync(context, connector, log, stopping)
    : next(context));
HealthEndpoints.Map(app, connector);
stopping.Register(() => log.Info("Stopping (SIGTERM or Ctrl-C): closing feeds and connections"));

try
{
    await app.StartAsync();
}
catch (IOException e)
{
    log.Error($"cannot listen on 127.0.0.1:{settings.HealthPort} and :{settings.WebSocketPort}: {e.Message}");
    Console.Error.WriteLine($"connector: cannot listen on 127.0.0.1:{settings.HealthPort} and :{settings.WebSocketPort}: {e.Message}");
    return 1;
}
log.Info($"Server started: version {release.Version}, health http://127.0.0.1:{settings.HealthPort}, quotes ws://127.0.0.1:{settings.WebSocketPort}, pid {Environment.ProcessId}");
Console.WriteLine($"started version {release.Version}");
await app.WaitForShutdownAsync();
log.Info("Server shutdown complete");
Console.WriteLine($"stopped version {release.Version}");
return 0;
