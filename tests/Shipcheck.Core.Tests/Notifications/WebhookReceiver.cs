using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Notifications;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel) that keeps every POST it gets. <c>/hook/NAME</c> answers with the
/// statuses scripted for NAME, one per request, then 200; <c>/hang/NAME</c> never answers.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _scripts = new(StringComparer.Ordinal);
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    /// <summary>http://127.0.0.1:port</summary>
    public string Address { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        (receiver._app, receiver.Address) = await LoopbackWebApp.StartAsync(receiver.Map);
        return receiver;
    }

    /// <summary>The requests to <paramref name="name"/>, in the order they arrived.</summary>
    public IReadOnlyList<Received> To(string name) => [.. _received.Where(r => r.Name == name)];

    /// <summary>The next requests to <c>/hook/NAME</c> get these statuses, in order.</summary>
    public void Answer(string name, params int[] statuses) => _scripts[name] = new ConcurrentQueue<int>(statuses);

    public ValueTask DisposeAsync() => LoopbackWebApp.StopAsync(_app);

    private void Map(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        app.MapPost("/hook/{name}", async (HttpContext context, string name) =>
        {
            await KeepAsync(context, name);
            context.Response.StatusCode = _scripts.TryGetValue(name, out var script) && script.TryDequeue(out var status) ? status : 200;
            await context.Response.WriteAsync("ok");
        });
        app.MapPost("/hang/{name}", async (HttpContext context, string name) =>
        {
            await KeepAsync(context, name);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The sender gave up: what the test is about.
            }
        });
    }

    private async Task KeepAsync(HttpContext context, string name)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _received.Enqueue(new Received(name, context.Request.ContentType ?? "", body));
    }

    /// <summary>One POST: the hook's name, its content type and its body.</summary>
    public sealed record Received(string Name, string ContentType, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string Field(string name) => Json.GetProperty(name).GetString() ?? "";
    }
}
