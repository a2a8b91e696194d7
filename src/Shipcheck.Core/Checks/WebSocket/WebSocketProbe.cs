using System.Net.WebSockets;
using System.Text;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>Connects once, sends the step's message, and reports what arrived within the wait.</summary>
public sealed class WebSocketProbe(WebSocketOptions options) : IProbe
{
    private static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(1);

    /// <inheritdoc/>
    public async Task<ProbeResult> ObserveAsync(ProbeContext context, CancellationToken cancellationToken)
    {
        var url = context.Render(options.Url).Trim();
        var label = $"connect {url}";
        if (!WebSocketTargets.IsWebSocketUrl(url, out var uri))
        {
            return ProbeResult.Failed($"{label}: not an absolute ws:// or wss:// URL");
        }
        using var socket = Create(context);
        var started = context.Time.GetTimestamp();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            var waited = context.Time.GetElapsedTime(started);
            return ProbeResult.Failed($"{label}: not open after {Durations.Format(waited)} (timeout or interrupt)", NotConnected(waited));
        }
        catch (WebSocketException e)
        {
            var reason = WebSocketFailures.Describe(e, (int)socket.HttpStatusCode);
            return ProbeResult.Failed($"{label}: {reason}", NotConnected(context.Time.GetElapsedTime(started)));
        }
        var latency = context.Time.GetElapsedTime(started);
        try
        {
            return await ExchangeAsync(socket, url, latency, context, cancellationToken);
        }
        finally
        {
            await CloseAsync(socket, context.Time);
        }
    }

    private ClientWebSocket Create(ProbeContext context)
    {
        var socket = new ClientWebSocket();
        // Keeps the status of a refused handshake so the failure can name it.
        socket.Options.CollectHttpResponseDetails = true;
        foreach (var (name, value) in options.Headers)
        {
            socket.Options.SetRequestHeader(name, context.Render(value));
        }
        if (!options.TlsVerify)
        {
            socket.Options.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        return socket;
    }

    private async Task<ProbeResult> ExchangeAsync(ClientWebSocket socket, string url, TimeSpan latency, ProbeContext context, CancellationToken cancellationToken)
    {
        var messages = new ReceivedMessages();
        if (options.Send is not null)
        {
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(context.Render(options.Send)), WebSocketMessageType.Text, true, cancellationToken);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                var reason = e is OperationCanceledException ? "timeout or interrupt" : e.Message;
                return ProbeResult.Failed($"send to {url}: {reason}", Observe(messages, latency, ""));
            }
        }
        var outcome = await MessageReceiver.ReceiveAsync(socket, messages, options.ExpectMessages, options.Wait, context.Time, cancellationToken);
        var observations = Observe(messages, latency, outcome.CloseStatus);
        var evidence = Evidence(messages, outcome.CloseStatus);
        if (outcome.Interrupted)
        {
            return ProbeResult.Failed($"{url}: {messages.Count} of {options.ExpectMessages} messages before the step ended (timeout or interrupt)",
                observations, evidence);
        }
        return new ProbeResult(observations, evidence);
    }

    private static Observations Observe(ReceivedMessages messages, TimeSpan latency, string closeStatus) => new Observations()
        .Set("connected", Value.Of(true))
        .Set("messages", Value.Of(messages.Count))
        .Set("first", Value.Of(messages.First))
        .Set("json", messages.Json())
        .Set("latency", Value.Of(latency))
        .Set("close_status", Value.Of(closeStatus));

    private static Observations NotConnected(TimeSpan waited) => new Observations()
        .Set("connected", Value.Of(false))
        .Set("messages", Value.Of(0))
        .Set("latency", Value.Of(waited));

    private static string Evidence(ReceivedMessages messages, string closeStatus)
    {
        var summary = messages.Count == 1 ? "1 message" : $"{messages.Count} messages";
        var closed = closeStatus.Length == 0 ? "" : $", server closed: {closeStatus}";
        return messages.Count == 0 ? summary + closed : $"{summary}{closed}\n{messages.First}";
    }

    // A polite goodbye that never holds the step up: at most a second, and failures are of no interest.
    private static async Task CloseAsync(ClientWebSocket socket, TimeProvider time)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        using var limit = new CancellationTokenSource(CloseLimit, time);
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", limit.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The server may already be gone; the observation is made.
        }
    }
}
