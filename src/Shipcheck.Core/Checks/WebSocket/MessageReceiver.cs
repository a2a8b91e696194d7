using System.Globalization;
using System.Net.WebSockets;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>Receives messages on an open socket until enough arrived, the server closed, or the wait ran out.</summary>
internal static class MessageReceiver
{
    private const int FragmentSize = 16 * 1024;

    /// <summary>What the wait ended with.</summary>
    /// <param name="CloseStatus">The server's close status and reason; empty when it did not close.</param>
    /// <param name="Interrupted">True when the step's own token (timeout or interrupt) ended the wait.</param>
    public sealed record Outcome(string CloseStatus, bool Interrupted);

    public static async Task<Outcome> ReceiveAsync(
        WebSocket socket, ReceivedMessages messages, long expected, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(wait, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        // Not pooled: a receive abandoned at the deadline may still write here until the socket is disposed.
        var buffer = new byte[FragmentSize];
        while (messages.Count < expected)
        {
            // The receive itself is never cancelled, because cancelling aborts the socket and rules out a polite close.
            var receive = socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).AsTask();
            ValueWebSocketReceiveResult received;
            try
            {
                received = await receive.WaitAsync(waiting.Token);
            }
            catch (OperationCanceledException)
            {
                Observe(receive);
                return new Outcome("", cancellationToken.IsCancellationRequested);
            }
            catch (WebSocketException)
            {
                return new Outcome("closed without a close handshake", false);
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return new Outcome(Describe(socket.CloseStatus, socket.CloseStatusDescription), false);
            }
            messages.Append(buffer.AsSpan(0, received.Count), received.EndOfMessage);
        }
        return new Outcome("", false);
    }

    private static string Describe(WebSocketCloseStatus? status, string? description)
    {
        var code = status is null ? "closed" : ((int)status).ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(description) ? code : $"{code} {description}";
    }

    // The abandoned receive fails when the socket is disposed; observing it keeps that out of unobserved-exception logs.
    private static void Observe(Task task) =>
        _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
